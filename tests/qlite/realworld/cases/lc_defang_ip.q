defang:{ssr[x;".";"[.]"]}
show defang "1.1.1.1"
