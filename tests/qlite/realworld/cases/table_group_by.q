t:([] dept:`it`hr`it`hr`ops; sal:100 80 120 90 70)
show select avg sal by dept from t
show select cnt:count i by dept from t
