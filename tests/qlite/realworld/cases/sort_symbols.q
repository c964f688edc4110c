s:`pear`apple`fig
show asc s
show desc s
show s iasc s
