freq:{desc count each group x}
show freq "mississippi"
