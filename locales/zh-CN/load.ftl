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
