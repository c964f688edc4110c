f:{" " sv reverse each " " vs x}
show f "Let's take LeetCode contest"
