/ last item with x[-1]: out of range in q, so a null, not the last item
x:10 20 30
show x[-1]
show last x
show -1#x
show x[count[x]-1]
