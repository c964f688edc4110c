sc:{(asc distinct x)~asc distinct y}
show sc["eabcdzzzz";"dddzzzzzzzddeddabc"]
show sc["abcd";"dddddddabce"]
