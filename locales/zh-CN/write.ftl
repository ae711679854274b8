## Messages of the write stage.

# 输出文件夹（--out）是网站本身、源文件夹、主文件夹或系统文件夹。
out-forbidden = 拒绝把网站写到 { $folder }：{ $why ->
        [site] 它就是网站文件夹或包含网站文件夹，而生成时会替换整个输出文件夹
        [source] 它位于网站的源文件夹中
        [home] 它是你的主文件夹或包含主文件夹
       *[system] 它是文件系统的根目录或系统文件夹
    }
    .hint = 请另选一个文件夹，例如网站文件夹中的 public/（默认）；--force 也不能改变这一点
# 另一次生成正占用输出文件夹。
out-busy = 另一次生成正在写入 { $folder }：{ $holder }
    .hint = 请等它结束后再生成；两次生成同时进行会把输出混在一起
# 输出路径是一个文件。
out-not-folder = { $folder } 已存在，但不是文件夹
    .hint = 请删除它，或者换一个 --out
# 生成时先写入的临时文件夹已被别的东西占用。
out-staging-taken = { $folder } 已存在，而且不是 Sunlight 生成的
    .hint = 请删除它，或者换一个 --out
# 写入输出失败（磁盘、权限）；之前的输出没有改动。
out-io = 无法{ $step ->
        [parent] 创建输出文件夹的上级文件夹
        [lock] 创建锁文件
        [swap] 换上新的输出
       *[write] 写入新的输出
    } { $path }：{ $reason }
    .hint = 请确认输出文件夹的上级文件夹存在并且可以写入；之前的输出保持原样
# 输出文件夹不是空的，而且不是 Sunlight 生成的。
out-foreign = 拒绝替换 { $folder }：它不是空的；其中没有 { $marker } 标记，说明不是 Sunlight 生成的，而生成会删除其中的一切
    .hint = 请选择一个空的或新的文件夹；如果确实要替换其中的全部内容，请加上 --force
# 输出文件夹中有本次生成不会写的东西（以前的 public/ 中手工加了文件）。
out-foreign-entry = 拒绝替换 { $folder }：其中有 { $entry }，本次生成不会写它；其中没有 { $marker } 标记，说明不是 Sunlight 生成的，而生成会删除其中的一切
    .hint = 请选择一个空的或新的文件夹；如果确实要替换其中的全部内容，请加上 --force
# 输出文件夹是挂载点，无法把新网站换进去。
out-mount-point = 无法把网站写到 { $folder }：它是挂载点（另一块磁盘或卷的顶层），而生成要在它旁边换上新网站，这不能跨卷进行
    .hint = 请用它里面的一个文件夹作为 --out（例如其中的 site/），并让网站服务器指向那里
# 内部错误：输出已经换上之后又收到文件（这是 Sunlight 的缺陷，不是网站的问题）。
out-done = 新的输出已经换上了
    .hint = 请把这个问题报告给 Sunlight 的维护者；网站本身没有问题
