/ HumanEval 91: sentences that start with "I "
ib:{s:trim each "." vs @[x;where x in "?!";:;"."]; sum s like "I *"}
show ib "Hello world"
show ib each ("Hello world";"The sky is blue. The sun is shining. I love this weather";"Is the sky blue?";"I love It !";"I feel good today. I will be productive. will kill It")
