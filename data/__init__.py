"""The built-in q problem set and loaders: `load_problems(split)` → list of `Problem`,
`to_dataset(problems, reasoning)` → the `datasets.Dataset` the trainer reads."""
from data.loaders import clean_tests, load_leetcode_q, load_problems, load_q_humaneval, to_dataset, version
from data.prompts import chat_messages, system_prompt
from data.schema import OutputTest, Problem, ValueTest, WrongSolution

__all__ = ["load_problems", "to_dataset", "clean_tests", "load_leetcode_q", "load_q_humaneval", "version",
           "chat_messages", "system_prompt", "Problem", "ValueTest", "OutputTest", "WrongSolution"]
