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
