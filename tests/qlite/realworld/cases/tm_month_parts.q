m:2023.11m
ms:m+til 4
show ms
show `year$ms
show `mm$ms
