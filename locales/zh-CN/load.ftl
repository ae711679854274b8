## Messages of the load stage.

# YAML（site.yaml、数据集、图表、页头信息）：这个位置不允许使用的键。
yaml-unknown-key = 无法识别的键 `{ $key }`
    .hint = { $count ->
        [0] 请删除这个键：这里不允许使用它
       *[other] 请检查拼写；这里可以使用的键有：{ $allowed }
    }
# YAML：缺少必填的键。
yaml-missing-key = 缺少必填的键 `{ $key }`
    .hint = 请在这一组设置中加上 { $key }
# YAML：同一组设置中出现两次的键。
yaml-duplicate-key = 键 `{ $key }` 在同一组设置中出现了两次
    .hint = 两处只保留一处
# YAML：应当只有一个值（表格单元格）的地方写了列表或一组设置。
yaml-not-plain = 这里只能填一个值（数字、文字、日期或 true/false），不能是列表或一组设置
    .hint = 请在这里只写一个值，或者用引号把它括起来作为文字
# YAML：值的类型不对，例如应当写数字的地方写了文字。
yaml-wrong-value = `{ $value }` 不是{ $expected }
    .hint = 请把这个值改成{ $expected }
# YAML：应当是另一类值的地方写了列表、一组设置或空值。
yaml-wrong-kind = 这里应当是{ $expected }，实际写的是{ $found }
    .hint = 请把这个值改成{ $expected }
# YAML：应当是计数（0 或更大）的地方写了负数或位数过多的数，例如上限设置。
yaml-number-out-of-range = { $kind ->
        [negative] `{ $value }` 是负数，这里只能是 0 或更大的数
       *[large] `{ $value }` 太大了：它有 { $digits } 位
    }
    .hint = 请写一个从 0 到几十亿之间的整数，不要带负号
# YAML：不在可选值之内的词（例如 `type: bar`）。
yaml-unknown-value = 无法识别的值 `{ $value }`
    .hint = { $count ->
        [0] 请检查拼写
       *[other] 请使用以下之一：{ $allowed }
    }
# YAML：值不是所需的类型（日期、数字……）。
yaml-not-kind = 这个值不是{ $expected }
    .hint = 请把这个值改成{ $expected }
# 无法解析的 YAML：缺少冒号、缩进不对、引号或括号没有闭合。
yaml-syntax = YAML 格式有误
    .hint = 请检查这一行和上一行的缩进、冒号和引号（是否用了 Tab 缩进、少了 `:`，或者 `"`、`[` 没有闭合）
# YAML：一个文件里有两份文档（中间有一行 `---`）。
yaml-several-documents = 这个文件里有不止一份 YAML 文档（开头之后又出现了一行 `---`）
    .hint = 请删除多出来的 `---` 行，或者把文件拆成两个
# YAML 嵌套层数太多。
yaml-too-deep = 这段 YAML 嵌套层数太多（超过 64 层）
    .hint = 请减少缩进的层数
# YAML 中引用（`*name`）重复锚点（`&name`）的次数过多，展开后会非常庞大。
yaml-too-many-aliases = 这段 YAML 重复引用锚点（`&name`、`*name`）的次数太多
    .hint = 请把值直接写出来，不要用 `*name` 重复引用
# 即使放宽了限制，YAML 文件仍然太大，无法读取。
yaml-too-large = 这个 YAML 文件太大，无法读取
    .hint = 请把它拆成几个较小的文件，或者把大的表格另存为 CSV
# 生成需要的文件（site.yaml、数据集、模板）不存在。
file-missing = 文件不存在
    .hint = 请确认文件存在并且可以读取
# 生成需要的文件无法打开。
file-unreadable = 无法读取文件（{ $reason }）
    .hint = 请确认文件存在并且可以读取
# 网站文件超过了 site.yaml 中 `limits:` 规定的上限。
file-too-large-limit = 此文件大小为 { $size }，超过了 { $limit } 的上限（site.yaml 中的 limits.{ $key }），没有读取
    .hint = 请把文件拆成几个较小的文件；如果确实需要这么大，请在 site.yaml 中调高 `limits: {"{"}{ $key }: …{"}"}`
# 文件超过了固定的上限。
file-too-large = 此文件大小为 { $size }，超过了 { $limit } 的上限，没有读取
    .hint = 请确认这是正确的文件
# content/、data/、static/ 等文件夹中的符号链接：已略过。
file-link-skipped = 这是符号链接（快捷方式），Sunlight 从不跟随链接；已略过
    .hint = 请把文件或文件夹本身复制到网站文件夹中，不要使用链接
# 生成需要文件（site.yaml、主题）的地方是符号链接。
file-link = 这是符号链接（快捷方式），Sunlight 从不跟随链接
    .hint = 请把文件或文件夹本身复制到网站文件夹中，不要使用链接
# 网站文件中有命名管道、套接字或设备。
file-not-regular = 这不是普通文件（而是文件夹、命名管道、套接字或设备），不能使用
    .hint = 请删除它，或换成普通文件
# 不是 UTF-8 编码的文本文件（常见的是旧版 Windows 工具保存的 GBK）；列号是第一个出错的字节。
file-not-utf8 = 此文件不是 UTF-8 编码的文本
    .hint = 请把文件另存为 UTF-8 编码（多数编辑器中：“另存为”，编码选 UTF-8）；不支持 GBK 编码
# 数据集或图表的文件名不能用作网址的一部分。
file-bad-id = { $kind ->
        [dataset] 数据集
       *[other] 图表
    }标识 `{ $id }`（即文件名）不能用在网址中
    .hint = 请重命名文件，只使用 a-z、0-9、- 和 _，例如 { $example }
# 网站中无法列出内容的文件夹。
folder-unreadable = 无法读取此文件夹（{ $reason }）；继续下去，发布的网站就会缺少其中的内容
    .hint = 请让它可以读取（例如对它执行 `chmod -R u+rX`），或把它移出网站文件夹
# site.yaml 指定的主题文件夹中没有 templates/。
theme-no-templates = 主题 `{ $theme }` 缺少文件夹 { $folder }
    .hint = 请把 `theme:` 设为 themes/ 下的某个文件夹名，例如 `theme: default`
# content/ 中不是 Markdown 的文件（图片、PDF）。
content-not-markdown = content/ 中只读取 Markdown（.md）文件；此文件已略过
    .hint = 图片和供下载的文件请放在 static/ 中
# data/ 中不是数据集的文件，或者放在了子文件夹里。
data-not-dataset = 只有直接放在 data/ 中的 .yaml、.csv、.xlsx 和 .ods 文件才是数据集；此文件已略过
    .hint = 请把它移走，或从 data/ 中删除
# charts/ 中不是图表的文件，或者放在了子文件夹里。
charts-not-chart = 只有直接放在 charts/ 中的 .yaml 文件才是图表；此文件已略过
    .hint = 请把它移走，或从 charts/ 中删除
# 主题中的某个模板是空文件（通常是误存）。
template-empty = 此模板是空的
    .hint = 请恢复此模板（例如从默认主题复制，或用 git 还原）；如果没有页面用到它，可以删除
# data/ 中文件名相同、扩展名不同的两个文件（a.yaml 和 a.csv）。
dataset-two-files = { $files } 是分成两个文件的同一个数据集
    .hint = 请只保留其中一个文件，或者把另一个改成别的数据集名
# content/ 中的页面没有以 `---` 开头。
page-no-front-matter = 页面开头缺少页头信息（front matter）
    .hint = 文件第一行写 `---`，接着写 `title: …`，然后再写一行 `---`
# 页头信息没有用 `---` 结束的页面。
page-front-matter-open = 第 1 行开始的页头信息（front matter）没有结束
    .hint = 请在页头信息的最后一个键后面加一行，这一行只写 `---`
# site.yaml 中的 base_url（或 --base-url）没有以 http:// 或 https:// 开头。
base-url-scheme = base_url `{ $url }` 必须以 https:// 或 http:// 开头
    .hint = 请填写网站发布后的完整网址，例如 https://example.gov.cn/mzj/
# base_url 中没有可用的域名。
base-url-host = base_url `{ $url }` 中没有有效的域名
    .hint = 请填写网站发布后的完整网址，例如 https://example.gov.cn/mzj/
# base_url 中有 ?、# 或空格。
base-url-query = base_url `{ $url }` 中不能有 ?、# 或空格
    .hint = 请填写网站发布后的完整网址，例如 https://example.gov.cn/mzj/
# base_url 的路径中有不能出现在链接中的字符。
base-url-path = base_url `{ $url }` 的路径中只能有字母、数字、/ - . _ ~ 和 %XX 转义（不能有空格、引号或尖括号）
    .hint = 请填写网站发布后的完整网址，例如 https://example.gov.cn/mzj/
# 指定的文件夹（或当前文件夹）中没有 site.yaml：它不是网站文件夹。
site-yaml-missing = { $folder } 中没有 site.yaml，所以它不是网站文件夹
    .hint = 请在网站文件夹中运行命令，或用 --root 指定网站文件夹，或者用 `sunlight init DIR` 新建一个网站
# site.yaml 是空文件。
site-yaml-empty = site.yaml 是空的
    .hint = 请至少写上 `title:` 和 `base_url:`（见 README.md）
# site.yaml 中的 privacy.min_cell 是 0。
config-min-cell = privacy.min_cell 不能小于 1
    .hint = 除非另有规定，请使用统计部门通用的阈值 10
# site.yaml 中的 privacy.dominance_percent 不在 0 到 100 之间。
config-dominance = privacy.dominance_percent 必须在 0 到 100 之间
    .hint = 除非另有规定，请使用统计部门通用的 p% 规则值 10
# site.yaml 中的 privacy.allow_extremes 没有写理由。
config-extremes-reason = privacy.allow_extremes 需要写明理由
    .hint = 请写明为什么可以公布最小、最大或中间的金额，或者删除这个键
# site.yaml 中的 privacy.strip 列了一个空字符串。
config-empty-marker = privacy.strip 中有一个空的标记
    .hint = 请从列表中删除这个空字符串
# site.yaml 中的 `theme:` 是路径，不是文件夹名。
config-theme-name = `theme: { $theme }` 不是 themes/ 下的文件夹名
    .hint = 请把 `theme:` 设为 themes/ 下的某个文件夹名，例如 `theme: default`
# site.yaml 中 `limits:` 下的某个值是 0。
config-limit-zero = limits.{ $key } 至少要为 1
    .hint = 删除这一项即可使用默认值（见 README.md 的“Limits”一节）
# site.yaml 中 privacy.reviewed 的某一项缺少文件、有效的 sha256 或理由。
config-reviewed = { $part ->
        [file] privacy.reviewed 中有一项没有写文件
        [sha256] privacy.reviewed 中有一项的 sha256 不是 64 位十六进制数
       *[reason] privacy.reviewed 中有一项没有写理由
    }
    .hint = 每一项请写成 {"{"}file: static/files/plan.pdf, sha256: <生成时打印的哈希值>, reason: 谁检查过、内容是什么{"}"}
# site.yaml 中 `languages:` 下的代码就是网站本身的 `language:`。
config-language-default = languages: 下的 `{ $code }` 已经是网站的默认语言
    .hint = 这里只列其他语言，用语言代码（字母、数字和 -），例如 `en: {"{"}title: …{"}"}`
# site.yaml 中 `languages:` 下的键不是语言代码。
config-language-code = languages: 下的 `{ $code }` 不是语言代码
    .hint = 这里只列其他语言，用语言代码（字母、数字和 -），例如 `en: {"{"}title: …{"}"}`
# site.yaml 中的 gov.email 不是电子邮箱地址。
gov-email-invalid = gov.email `{ $value }` 不是电子邮箱地址
    .hint = 请填写单位的公开邮箱，例如 mzj@example.gov.cn
# site.yaml 中的 gov.phone 不是电话号码。
gov-phone-invalid = gov.phone `{ $value }` 不是电话号码
    .hint = 请写数字，可以带空格、连字符、开头的 + 或括号里的区号，例如 0871-12345678
# gov.phone 会印在每个页面上，但没有列入 privacy.allow。
gov-phone-not-allowed = gov.phone 会印在每个页面上，而隐私保护会把电话号码当作个人信息隐去
    .hint = 如果这是单位的公开电话，请同时把它列入 privacy.allow，例如 `allow: [{"{"}value: "0871-12345678", reason: 办公室公开电话{"}"}]`；切勿填写工作人员个人的号码
# gov.email 会印在每个页面上，但没有列入 privacy.allow。
gov-email-not-allowed = gov.email 会印在每个页面上，而隐私保护会把电子邮箱地址当作个人信息隐去
    .hint = 如果这是单位的公开邮箱，请同时把它列入 privacy.allow，例如 `allow: [{"{"}value: mzj@example.gov.cn, reason: 办公室公开邮箱{"}"}]`；切勿填写工作人员个人的邮箱
# site.yaml 中 gov: 下的网址不是 http(s) 地址。
gov-not-address = gov.{ $key } `{ $value }` 不是 http:// 或 https:// 开头的网址
    .hint = 请填写页面的完整网址，以 https:// 开头
# site.yaml 中 gov: 下的路径不在网站之内。
gov-not-path = gov.{ $key } `{ $value }` 不是网站内的路径
    .hint = 请写网站根目录下的路径，开头不要加斜杠，例如 content/privacy.md 写 `privacy/`，static/images/mark.svg 写 `images/mark.svg`
# CSV 或电子表格旁边同名的 YAML 写了 `rows:`（它因此是该表格的说明文件）。
table-file-sidecar-rows = 这个 YAML 是 { $table } 的说明文件，表格的各行来自 { $table }，说明文件里不能再写 `rows:`
    .hint = 请删除 `rows:`，表格将从 { $table } 发布；如果两者是不同的数据集，请把其中一个文件改名
# CSV 或电子表格旁的 YAML 中写了汇总表以外的 `kind:`。
table-file-kind = 表格文件是汇总表，不能是 `kind: { $kind }`
    .hint = 请删除 `kind:`；明细记录只从 `kind: records` 的 YAML 旁边的 CSV 中读取
# 给 CSV 文件指定了 `sheet:`。
table-file-csv-sheet = CSV 文件没有工作表
    .hint = 请删除 `sheet:`
# `range:` 不是 A3:F40 这样的单元格范围。
table-file-bad-range = `{ $range }` 不是单元格范围
    .hint = 请用左上角和右下角的单元格表示范围，例如 `range: A3:F40`
# CSV 中引号不配对的一行。
table-file-csv-quotes = 这一行 CSV 无法读取（引号有误）
    .hint = 请检查这一行的引号
# 无法打开的电子表格（.xlsx、.ods）：已损坏、加了密码或其实是别的格式。
table-file-unreadable = 无法读取这个电子表格
    .hint = 请用电子表格软件打开它，再另存为 .xlsx 或 .ods（不要设置密码）
# `sheet:` 指定了电子表格中没有的工作表。
table-file-no-sheet = 电子表格中没有工作表 `{ $sheet }`
    .hint = 请使用以下之一：{ $sheets }
# 一个工作表也没有的电子表格。
table-file-no-sheets = 这个电子表格没有工作表
    .hint = 请把表格保存在文件的第一个工作表中
# 没有任何内容的 CSV 或电子表格。
table-file-empty = 这个表格是空的
    .hint = 请在第一行写表头，下面写数字
# `header_rows:` 比表格的行数还多。
table-file-header-rows = 表格没有 { $rows } 行表头那么多行
    .hint = 请从第一行有两个以上单元格的行数起，数一数表头占几行
# 第一行不是表头的表格。
table-file-no-header = 这个表格没有表头行
    .hint = 请在数字上方用一行写出各列的表头
# 没有表头的数字列。
table-file-column-no-header = 这一列没有表头
    .hint = 请在每一列数字上方写表头，或者删除这一列
# 数据集或 site.yaml 的 `licence:` 没有名称。
licence-no-name = 许可协议没有名称
    .hint = 请写上它的名称，例如 `licence: {"{"}name: 知识共享署名 4.0, url: https://creativecommons.org/licenses/by/4.0/{"}"}`
# `licence:` 的 url 不是网址。
licence-bad-url = 许可协议的地址 `{ $url }` 不是 http:// 或 https:// 网址
    .hint = 请写许可协议全文的网址，例如 https://creativecommons.org/licenses/by/4.0/
# site.yaml 中写了 `paginate: 0`。
config-paginate-zero = paginate 至少要为 1
    .hint = 请写栏目每页列出多少条，或者删除这一项，使用默认的 20
