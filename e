/dev/fd/3: line 31: list: command not found
