## 命令行在各条诊断信息前后打印的行。

# 生成或检查失败时的最后一行。
run-failed = sunlight：共 { $errors } 个错误，没有写入任何文件
# 生成成功时的最后一行。
run-built = 生成完成：{ $pages } 个页面、{ $datasets } 个数据集、{ $charts } 张图表、{ $files } 个文件；发现并替换个人信息 { $detections } 处，隐去单元格 { $suppressed } 个，警告 { $warnings } 条；用时 { $ms } 毫秒
# 检查成功时的最后一行。
run-checked = 检查完成：{ $pages } 个页面、{ $datasets } 个数据集、{ $charts } 张图表、{ $files } 个文件；发现个人信息 { $detections } 处，隐去单元格 { $suppressed } 个，警告 { $warnings } 条；用时 { $ms } 毫秒

## `sunlight --help` 以及各命令的帮助（由 clap 打印；这里是它在本次运行语言中的字词）。

# `sunlight --help`：程序的用途，写在用法行上方。
cli-about = 用 YAML 数据集和 Markdown 生成政务公开网站
# 每个命令中 `--lang` 的说明。
cli-lang = 提示信息的语言：zh（中文）或 en（英文）。默认按 LC_ALL、LC_MESSAGES 或 LANG 决定（zh_* 区域设置用中文）
# 每个命令中 `-h, --help` 的说明。
cli-help = 显示帮助
# `-V, --version` 的说明。
cli-version = 显示版本
# 命令列表中的 `help` 命令。
cli-help-command = 显示本帮助，或指定命令的帮助
# `sunlight --help`：隐私保护承诺及其局限，写在选项之后（完整说明见 README.md）。
cli-privacy =
    隐私保护承诺：
      1. 个人记录数据集（kind: records）从不发布：只发布其 `publish` 中的汇总表；由少于 privacy.min_cell 条记录得出的单元格
         不予公布（*），并另外隐去足够多的单元格，使这些数值无法被推算出来。
      2. 每一段发布的文字都要经过检测：居民身份证号码（按 GB 11643 校验）、手机和固定电话号码、银行卡号（Luhn 校验）、
         护照和通行证号码、电子邮件地址、密码和令牌、privacy.strip 标记，以及任何个人记录数据集中个人信息列的每一个值。
         号码中夹杂全角数字、空格、连字符或换行也照样能查出。查出的内容替换为 privacy.replacement，
         报告只写文件:行号和类别，从不写出具体值；加 --strict 时视为错误，不写入任何文件。
      3. 输出在替换 public/ 之前再检查一遍，查出任何一处即生成失败。每个文件都按内容读取：任意编码的文字、PDF、
         DOCX/XLSX/PPTX、ODF、ZIP 和 gzip、图片元数据。附件中查出个人信息即生成失败（附件无法就地隐去）；
         无法完整读取的文件（图片、扫描件、加密或未知格式的文件）一律拒绝，除非已连同 SHA-256 列入 privacy.reviewed。
      在 site.yaml 的 `privacy:` 下设置（min_cell、replacement、允许公开的热线 allow、strip、reviewed）。
      局限：无法识别不在任何个人记录数据集中的姓名、地址或用汉字数字写的号码，也无法读取照片或扫描件（经人工审核前一律拒绝）。
      每次生成的报告在 .sunlight/privacy-report.json（只有计数）。
# `sunlight build --help`，以及命令列表中的 `build`。
cli-build = 把网站生成到 public/（或 --out 指定的文件夹）。只有生成成功，才会替换原有的输出
# `sunlight check --help`，以及命令列表中的 `check`。
cli-check = 像生成时一样检查网站，但不写入任何文件
# `sunlight serve --help`，以及命令列表中的 `serve`。
cli-serve = 在 127.0.0.1 上预览网站，每次保存后重新生成并刷新已打开的页面。按 Ctrl-C 停止
# `sunlight init --help`，以及命令列表中的 `init`。
cli-init = 新建一个可以直接生成的小网站，作为起点
# `--root` 的说明（build、check、serve）。
cli-root = 网站所在的文件夹，其中有 site.yaml（默认：当前文件夹）
# `build --out` 的说明。
cli-out = 把网站写到这里，而不是网站文件夹中的 public/
# `build --base-url` 的说明。
cli-base-url = 以这个网址发布，代替 site.yaml 中的 base_url（链接带上其中的路径）
# `build --strict` 的说明。
cli-build-strict = 把警告和查出的个人信息都当作错误（用于正式发布流程）
# `build --force` 的说明。
cli-build-force = 替换一个非空、且不是由 Sunlight 生成的 --out 文件夹（其中的一切都会被删除）。网站本身、包含网站的文件夹、用户主目录和系统文件夹除外
# `check --strict` 的说明。
cli-check-strict = 把警告和查出的个人信息都当作错误，与 `build --strict` 相同
# `serve --port` 的说明。
cli-port = 监听的端口（0：任意空闲端口）。不指定时使用 8000 或其后第一个空闲端口
# `serve --strict` 的说明。
cli-serve-strict = 把警告和查出的个人信息都当作错误，显示在预览页面上，与 `build --strict` 失败时相同
# `init` 的文件夹参数的说明。
cli-init-dir = 新网站写入的文件夹（不存在时自动创建）
# `init --force` 的说明。
cli-init-force = 写入一个非空的文件夹（同名文件会被替换）
# 用法行和选项中代表文件夹的词（`--root <文件夹>`）。
cli-value-folder = 文件夹
# 用法行和选项中代表网址的词（`--base-url <网址>`）。
cli-value-address = 网址
# 用法行和选项中代表端口号的词（`--port <端口>`）。
cli-value-port = 端口
# 用法行前的标题。
cli-heading-usage = 用法：
# 命令列表的标题。
cli-heading-commands = 命令：
# 参数列表的标题。
cli-heading-arguments = 参数：
# 选项列表的标题。
cli-heading-options = 选项：
# 用法行中选项所在的位置。
cli-usage-options = [选项]
# 用法行中命令所在的位置。
cli-usage-command = <命令>
# 无法读取命令行：值不是允许的取值之一（`--lang xx`）。
cli-error-invalid-value = sunlight：`{ $value }` 不是 { $argument } 可用的值；可用的值为 { $valid }
# 无法读取命令行：值的类型不对（`--port abc`）。
cli-error-refused-value = sunlight：{ $argument } 不接受 `{ $value }` 这个值
# 无法读取命令行：命令没有这个选项或参数。
cli-error-unknown-argument = sunlight：这个命令没有 `{ $argument }` 这个选项或参数
# 无法读取命令行：没有这个命令。
cli-error-unknown-command = sunlight：没有 `{ $command }` 这个命令；可用的命令为 build、check、serve 和 init
# 无法读取命令行：缺少必需的参数（`sunlight init` 没有写文件夹）。
cli-error-missing-argument = sunlight：缺少 { $argument }
# 无法读取命令行：同一个选项写了两次。
cli-error-conflict = sunlight：{ $argument } 写了不止一次
# 命令行错误下方：与所输入内容相近的写法。
cli-error-did-you-mean = 是不是要写 `{ $suggestion }`？
# 命令行错误之后的最后一行。
cli-error-more = 更多信息请运行 `sunlight --help`（或 `sunlight 命令 --help`）。
# `help` 命令的参数说明：要显示哪个命令的帮助。
cli-help-command-name = 要显示帮助的命令
# 用法行和选项中代表命令名的词（`help [命令]`）。
cli-value-command = 命令
# 无法读取命令行：选项后面缺少值（`--lang` 写在最后）。
cli-error-no-value = sunlight：{ $argument } 后面要写一个值：{ $valid }
# 无法读取命令行：选项后面没有写值（`--out` 写在最后）。
cli-error-needs-value = sunlight：{ $argument } 后面要写一个值
# 无法读取命令行：没有写命令（`sunlight --lang zh`）。
cli-error-missing-command = sunlight：请写明要运行的命令：build、check、serve 或 init
# 无法读取命令行：两个不能一起使用的选项。
cli-error-conflict-with = sunlight：{ $argument } 不能与 { $other } 一起使用
# 无法读取命令行：给不带值的开关写了值（`--strict=yes`）。
cli-error-too-many-values = sunlight：{ $argument } 不带值，但写了 `{ $value }`
# 无法读取命令行：选项的值多了或少了。
cli-error-value-count = sunlight：{ $argument } 后面值的个数不对
# 无法读取命令行：某个参数不是有效的 UTF-8 文本（其他编码的文件夹名）。
cli-error-not-utf8 = sunlight：有一个参数不是有效的 UTF-8 文本；请重新输入，或者给它所指的文件夹改名
# 因其他原因无法读取命令行（显示帮助时终端被关闭）。
cli-error-other = sunlight：无法读取命令行
# 无法读取命令行：开关后面写了 `=` 却没有值（`--strict=`）。
cli-error-takes-no-value = sunlight：{ $argument } 不带值；请去掉 `=`
