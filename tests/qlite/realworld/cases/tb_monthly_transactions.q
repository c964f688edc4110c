tx:([]id:121 122 123 124;country:`US`US`US`DE;state:`approved`declined`approved`approved;amount:1000 2000 2000 2000;trans_date:2018.12.18 2018.12.19 2019.01.01 2019.01.07)
show select n:count i,ok:sum state=`approved,tot:sum amount,oktot:sum amount*state=`approved by month:`month$trans_date,country from tx
