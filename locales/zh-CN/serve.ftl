## `sunlight serve`：实时预览在控制台打印的行，以及浏览器中的错误提示层。

# 预览无法启动：打不开 --root 指定的网站文件夹。
serve-no-folder = sunlight：无法打开网站文件夹 { $folder }：{ $reason }
# 预览无法启动：这个文件夹不是网站。
serve-no-site-yaml = sunlight：{ $folder } 中没有 site.yaml；请在网站文件夹中运行 `sunlight serve`（或用 --root 指定），或者用 `sunlight init DIR` 新建一个网站
# 预览无法启动：不知道服务器的地址。
serve-no-address = sunlight：无法读取预览服务器的地址：{ $reason }
# 预览无法启动：无法接管 Ctrl-C，停止时就没法清理预览文件夹。
serve-no-ctrlc = sunlight：无法接管 Ctrl-C，停止预览时将无法清理
# 预览无法启动：无法监视网站文件夹的变化。
serve-no-watch = sunlight：无法监视网站文件夹 { $folder } 的变化
# 预览无法启动：无法创建临时文件夹。
serve-no-temp = sunlight：无法为预览创建临时文件夹：{ $reason }
# 预览无法启动：服务器没有运行起来。
serve-no-server = sunlight：无法启动预览服务器：{ $reason }
# 预览的第一行：生成到哪里。
serve-building = sunlight：正在生成到预览文件夹 { $folder }
# 预览已就绪；地址就是要在浏览器中打开的网址。
serve-serving = 正在预览 { $folder }：请在浏览器中打开 { $address } ；按 Ctrl-C 停止
# 预览运行时 site.yaml 中的 base_url 改了。
serve-base-moved = 网站的基础路径已改变：现在的预览地址是 { $address }
# 保存后生成成功。
serve-rebuilt = sunlight：已写入 { $written } 个文件{ $deleted ->
        [0] {""}
       *[other] ，删除 { $deleted } 个
    }，用时 { $ms } 毫秒
# 保存后修好了上一个错误，其他没有变化。
serve-fixed = sunlight：已修好；其他没有变化
# 保存后生成失败；错误打印在上方，也显示在页面上。
serve-failed = sunlight：共 { $errors } 个错误；仍在预览上一次生成成功的版本
# 监视网站文件夹时出了问题；预览继续运行。
serve-watch-failed = sunlight：有一处改动没能读到；如果预览没有更新，请再保存一次
# 某个源文件夹（content、data、themes……）无法监视。
serve-cannot-watch = sunlight：无法监视 { $folder }/ 的变化；修改其中的文件后请重新启动预览
# 监视自行结束了（文件夹被删除）。
serve-watch-ended = sunlight：对网站文件夹的监视已结束，预览停止
# 按下了 Ctrl-C。
serve-stopped = sunlight：已停止，预览文件夹已删除
# 最近一次改动无法生成时，浏览器中盖在页面上的提示层的标题。
overlay-heading = sunlight serve：最近一次改动无法生成。下面是上一次生成成功的页面；错误修好后会自动更新。
# 提示层中的一条提示。
overlay-hint = 提示：{ $hint }
# 还没有生成成功过时显示的页面标题。
overlay-title = sunlight serve：网站无法生成
# 预览无法写入它的文件夹（磁盘已满、没有权限）。
serve-write-failed = 无法写入预览文件夹：{ $reason }
    .hint = 请检查临时文件夹所在磁盘的剩余空间，然后保存一下文件重试
# `sunlight serve --port N`，但无法在端口 N 上监听。
serve-no-port = sunlight：无法在 127.0.0.1:{ $port } 上监听（{ $reason }）；请换一个 --port，或者不写它，让程序自动找一个空闲端口
# `sunlight serve` 没有写 --port，而 127.0.0.1 上没有空闲端口。
serve-no-free-port = sunlight：127.0.0.1 上没有可以监听的端口
# 预览对其他主机名请求的回复（别处的页面想读取预览）。
serve-wrong-host = 此预览只响应 http://127.0.0.1:{ $port }、http://localhost:{ $port } 和 http://[::1]:{ $port }
# 预览对 GET、HEAD 以外请求的回复。
serve-wrong-method = 只响应 GET 和 HEAD 请求
# 打开的页面太多、无法全部自动刷新时预览的回复。
serve-too-many-pages = 打开的预览页面太多，无法全部自动刷新；请关掉几个预览标签页
# 请求头不是 UTF-8 文本时预览的回复（客户端有问题或不怀好意；浏览器从不这样发送）。
serve-bad-head-utf8 = 请求头不是 UTF-8 文本
# 请求的第一行不是 `METHOD PATH HTTP/1.1` 时预览的回复。
serve-bad-request-line = 请求行的格式应为 `METHOD PATH HTTP/1.1`
# 请求使用 HTTP/1.x 以外的协议时预览的回复。
serve-bad-version = 只支持 HTTP/1.x 协议
# 请求写的是完整网址而不是路径（`GET http://…`）时预览的回复。
serve-bad-target = 请求中应写以 `/` 开头的路径
# 请求头中某一行没有 `:` 时预览的回复。
serve-bad-header = 请求头中有一行没有 `:`
# 请求中有两个 `Host` 头时预览的回复。
serve-two-hosts = 请求中有两个 `Host` 头
# 网址中含有控制字符（`%0A` 等）时预览的回复。
serve-bad-address-control = 网址中含有控制字符
# 网址中的百分号转义不是 UTF-8 时预览的回复。
serve-bad-address-utf8 = 网址不是有效的 UTF-8
# 请求头超过允许的大小时预览的回复。
serve-head-too-large = 请求头太大
# 客户端没有按时发来请求头时预览的回复。
serve-head-too-slow = 没有按时收到请求头
# 所有处理线程都在忙时预览的回复。
serve-busy = 预览服务器正忙，请稍后再试
# 重定向到末尾带 `/` 的同一页面时的正文（浏览器会直接跳转，不会显示它）。
serve-moved = 已移到新地址
# 控制台：预览停止接受连接（系统拒绝继续等待它的网络连接）。
serve-stopped-accepting = sunlight：预览服务器已停止接受连接：{ $reason }
