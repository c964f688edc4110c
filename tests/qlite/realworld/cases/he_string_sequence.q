seq:{" " sv string til x+1}
show seq 5
show seq 0
