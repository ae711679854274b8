## `sunlight init DIR`：写好入门网站后的提示，或者没有写入的原因。

# 入门网站已写好；第二行说明下一步做什么。
init-done = sunlight：已在 { $folder } 新建网站（{ $files } 个文件）
    下一步：cd { $folder } && sunlight serve
# 为新网站指定的文件夹其实是一个文件。
init-not-folder = sunlight：{ $folder } 已存在，但不是文件夹
# 为新网站指定的文件夹里已有文件，又没有加 --force：什么也没有写入。
init-not-empty = sunlight：{ $folder } 不是空文件夹；请指定一个新的或空的文件夹，或者加上 --force 把入门文件写进去（同名文件会被替换，其他文件不动）
# 入门网站的某个文件或文件夹无法写入。
init-io = sunlight：无法写入 { $path }：{ $reason }
