## Messages of the validate stage.

# 页面中的 `<!--` 注释没有 `-->` 结尾。
sc-comment-open = 这段 HTML 注释没有结束
    .hint = 请用 --> 结束它，或者删除 <!--
# 页面中有 `{{` 却没有 `}}`。
sc-open = 这个短代码没有结束
    .hint = 请用 {"}}"} 结束它，例如 {"{{"} value("数据集", "行名", "列名") {"}}"}；如果要写普通的大括号，请写成 \{"{{"}
# `{{` 后面不是短代码的名称。
sc-no-name = 短代码必须以名称开头，例如 value、table 或 chart
    .hint = 请写成 {"{{"} 名称("参数", …) {"}}"}，例如 {"{{"} value("数据集", "行名", "列名") {"}}"}；如果要写普通的大括号，请写成 \{"{{"}
# 短代码名称后面没有 `(`。
sc-no-bracket = `{ $name }` 后面应当是 `(`
    .hint = 请写成 {"{{"} { $name }("参数", …) {"}}"}
# 短代码名称后面是中文输入法打出的全角括号 `（`。
sc-full-width-bracket = `{ $name }` 后面用了全角括号 `（`
    .hint = 请改用半角的 `(` 和 `)`（把输入法切换到英文标点），例如 {"{{"} { $name }("…") {"}}"}
# 短代码的参数之间用了中文输入法打出的全角逗号 `，` 或顿号 `、`。
sc-full-width-comma = 参数之间用了全角逗号 `，`
    .hint = 参数之间请用半角逗号 `,`（把输入法切换到英文标点），例如 {"{{"} value("数据集", "行名", "列名") {"}}"}
# 短代码用全角括号 `）` 结束。
sc-full-width-close = 短代码用了全角括号 `）` 结束
    .hint = 请改用半角的 `)`（把输入法切换到英文标点）
# 短代码的两个参数之间没有逗号。
sc-no-comma = 参数之间应当是 `,` 或 `)`
    .hint = 参数之间请用逗号隔开，例如 {"{{"} value("数据集", "行名", "列名") {"}}"}
# 短代码中命名选项（unit=false）写在了普通参数前面。
sc-named-first = 普通参数必须写在命名选项前面
    .hint = 请把 unit=false 之类的选项放在最后
# 短代码的 `)` 和 `}}` 之间还有文字。
sc-after-close = 右括号 `)` 后面不应再有文字
    .hint = 请在 `)` 后面紧接着写 {"}}"} 结束短代码
# 短代码参数用了中文引号“”。
sc-chinese-quotes = 短代码中请用英文直引号 "，不要用中文引号“”
    .hint = 请把输入法切换到英文标点，输入 "
# 短代码参数的引号没有闭合。
sc-quote-open = 这个文字参数缺少右引号
    .hint = 请用同样的引号结束这段文字
# 短代码参数是没有加引号的词。
sc-bare-word = `{ $word }` 不是一个值：文字请加引号，例如 "{ $word }"
    .hint = 数据集、行和列的名称都要加引号
# 短代码参数的位置既不是带引号的文字，也不是数字。
sc-no-argument = 这里应当是带引号的参数
    .hint = 每个参数都用英文直引号括起来，例如 "persons"
# value() 短代码的参数不是正好三个带引号的文字。
sc-value-arguments = value() 需要三个带引号的文字（数据集、行、列），这里有 { $count } 个参数
    .hint = 请写成 { $example }
# value() 用了 unit=false 以外的选项。
sc-value-option = value() 没有这样的选项 `{ $option }`
    .hint = 唯一的选项是 unit=false，即不显示单位
# table() 的参数不是正好一个带引号的数据集名。
sc-table-arguments = table() 需要一个带引号的文字：数据集名
    .hint = 请写成 { $example }
# chart() 的参数不是正好一个带引号的图表名。
sc-chart-arguments = chart() 需要一个带引号的文字：图表名
    .hint = 请写成 { $example }
# value、table、chart 以外的短代码名称。
sc-unknown = 没有名为 `{ $name }` 的短代码
    .hint = 短代码只有 value()、table() 和 chart()；如果要写普通的大括号，请写成 \{"{{"}
# chart() 或页面引用了不存在的图表；网站中有名称相近的图表。
ref-no-chart-near = 没有图表 `{ $id }`
    .hint = 是不是要写 `{ $near }`？图表就是 charts/ 中的文件，名称是去掉 .yaml 的文件名
# chart() 或页面引用了不存在的图表。
ref-no-chart = 没有图表 `{ $id }`
    .hint = 请新建 charts/{ $id }.yaml，或者使用 charts/ 中某个文件去掉 .yaml 后的名称
# value()、table()、图表或关键数字引用了不存在的数据集；网站中有名称相近的数据集。
ref-no-dataset-near = 没有数据集 `{ $id }`
    .hint = 是不是要写 `{ $near }`？数据集就是 data/ 中的文件，名称是去掉 .yaml 的文件名
# value()、table()、图表或关键数字引用了不存在的数据集。
ref-no-dataset = 没有数据集 `{ $id }`
    .hint = 请新建 data/{ $id }.yaml，或者使用 data/ 中某个文件去掉 .yaml 后的名称
# value() 或关键数字引用了数据集中没有的行；有名称相近的行。
ref-no-row-near = 数据集 `{ $id }` 中没有行 `{ $row }`
    .hint = 是不是要写 `{ $near }`？行名就是这一行第一列的值
# value() 或关键数字引用了数据集中没有的行。
ref-no-row = 数据集 `{ $id }` 中没有行 `{ $row }`
    .hint = 行名就是这一行第一列的值，例如 `{ $first }`
# value() 或关键数字引用的数据集中一行也没有。
ref-no-rows = 数据集 `{ $id }` 中没有行 `{ $row }`：它一行数据也没有
    .hint = 请先在数据集中加上数据行
# value() 或关键数字引用了数据集中没有的列；有标识相近的列。
ref-no-column-near = 数据集 `{ $id }` 中没有列 `{ $column }`
    .hint = 是不是要写 `{ $near }`？列名就是 `columns:` 下的列标识
# value() 或关键数字引用了数据集中没有的列。
ref-no-column = 数据集 `{ $id }` 中没有列 `{ $column }`
    .hint = { $count ->
        [0] 这个数据集没有存放数字的列；请在 `columns:` 下添加
       *[other] 请使用以下列标识之一：{ $columns }
    }
# value() 或关键数字引用了行名所在的第一列，而不是数字列。
ref-key-column = `{ $column }` 是 `{ $id }` 的行名列，不是数字
    .hint = 请指定存放该数字的列
# value() 或关键数字引用了为保护个人信息而隐去的单元格（明细汇总中人数过少的格）。
ref-withheld = 为保护个人信息，`{ $id }` 中行 `{ $row }`、列 `{ $column }` 的数据不予公布
    .hint = 不予公布的数字不能引用；请改为引用合计或更大的分组
# value() 或关键数字引用了空的单元格。
ref-empty = 数据集 `{ $id }` 中行 `{ $row }`、列 `{ $column }` 没有数值
    .hint = 请在 { $file } 中补上这个数字，或者引用别的单元格
