## Messages of the validate stage.

# 图表的 `y:` 是空列表。
chart-y-empty = `y` 没有指定要画的列
    .hint = { $count ->
        [0] 数据集中没有可以画图的数字列（整数、数值或百分比）；请在 `columns:` 下声明一列
       *[other] 请指定一个或多个数字列：{ $columns }
    }
# 图表的 `y:` 指定了文字列或日期列。
chart-y-not-numeric = `{ $column }` 是{ $kind }列，图表只能画数字
    .hint = { $count ->
        [0] 数据集中没有可以画图的数字列（整数、数值或百分比）；请在 `columns:` 下声明一列
       *[other] 请指定整数、数值或百分比类型的列：{ $columns }
    }
# 数据集或图表的 `translations:` 中有 site.yaml 没有列出的语言。
translation-unknown-language = `translations` 中的语言 `{ $code }` 在 site.yaml 中没有列出
    .hint = { $count ->
        [0] 请在 site.yaml 的 `languages:` 下加上这种语言，或者删除这段翻译
       *[other] 网站的其他语言有：{ $languages }；请在 site.yaml 的 `languages:` 下加上 `{ $code }`，或者改正语言代码
    }
# 数据集或图表的译文缺了一些词；这些部分会以默认语言显示。
translation-partial = `{ $code }` 页面上的这个{ $what ->
        [dataset] 数据集
       *[other] 图表
    }有一部分仍是默认语言：缺少 `{ $code }` 译文的有 { $parts }
    .hint = 请在本文件的 `translations: {"{"}{ $code }: …{"}"}` 下补上（见 README.md 的“Translations”一节）
# 数据集的译文中有数据集没有的列。
translation-no-column = 译文中的列 `{ $column }` 在数据集中不存在
    .hint = { $count ->
        [0] 这个数据集没有声明任何列
       *[other] 请使用以下列标识之一：{ $columns }
    }
# 数据集的译文中有任何一行都没有的文字。
translation-no-text = 译文中的文字 `{ $text }` 在数据集的任何一行中都没有
    .hint = `values` 只翻译表格中原样出现的行名和文字单元格
# 数据集的 `kind:` 既不是 aggregate 也不是 records。
dataset-unknown-kind = 无法识别的数据集类型 `{ $kind }`
    .hint = 请使用 `kind: aggregate`（默认）或 `kind: records`
# 数据集的 `as_of:` 不是日期。
dataset-bad-date = `{ $value }` 不是日期
    .hint = 日期请写成“年-月-日”（YYYY-MM-DD）格式，例如 2023-10-31
# 明细数据集用了 `rows:`（汇总数据集的键）。
records-rows = 明细数据集用 `records:`，不用 `rows:`
    .hint = 请把 `rows:` 改为 `records:`；明细数据只公布 `publish` 中的汇总结果
# 有明细记录、`publish:` 或个人信息列、却没有标为明细的数据集。
records-unmarked = 这个数据集有明细记录、`publish:` 或个人信息列，却没有标明 `kind: records`
    .hint = 请加上 `kind: records`，这样明细会先汇总，原样的记录绝不会公布
# 数据集中第一列（行名列）为空的行。
dataset-row-no-key = 这一行的行名列 `{ $column }` 没有值
    .hint = 每一行的第一列都必须有值：它就是这一行的名字
# 数据集中行名相同的两行。
dataset-row-twice = 行名 `{ $key }` 出现了两次
    .hint = 行名（第一列）不能重复，因为 value() 和链接都靠行名找到这一行
# 数据集的 `frequency:` 不是规定的更新频率之一。
dataset-bad-frequency = `frequency: { $value }` 不是规定的更新频率
    .hint = 请使用以下之一：{ $allowed }
# 没有 `columns:` 的数据集。
dataset-no-columns = 这个数据集没有声明任何列
    .hint = 请加上 `columns:`，至少写一个行名列，例如 `- {"{"}key: category, label: 类别{"}"}`
# 列标识为空或含有空格。
dataset-bad-column-key = 列标识 `{ $key }` 是空的或含有空格
    .hint = 请用简短的标识，例如 `persons` 或 `households`
# 数据集中两列的标识相同。
dataset-column-twice = 列标识 `{ $key }` 声明了两次
    .hint = 每一列都要有自己的标识
# 列的 `type:` 不是规定的类型。
dataset-unknown-type = 无法识别的列类型 `{ $kind }`
    .hint = 请使用以下之一：text（文字）、integer（整数）、number（数值）、percent（百分比）、date（日期）
# 列的 `levels:` 中有空的或重复的类别。
dataset-bad-level = `{ $column }` 的类别 `{ $level }` 是空的或重复了
    .hint = 每个类别只列一次
# 列的 `min:` 大于 `max:`。
dataset-min-above-max = 列 `{ $column }` 的 `min:` 大于 `max:`
    .hint = 请把两个界限对调
# 单元格的值不在该列的 `levels:` 之内。
cell-not-a-level = 列 `{ $column }` 中有一个值不在声明的类别之内
    .hint = 请使用以下之一：{ $levels }；或者把这个值加到 `levels:` 中
# 数字太大，无法保留每一位（超过 2^53）。
cell-too-large = 列 `{ $column }` 中有一个值太大，无法准确显示
    .hint = 超过 9007199254740992 的数字无法逐位准确公布；请检查这个数字或它的单位
# 数字小于该列的 `min:`（人数、户数等计数的下限是 0）。
cell-below-min = 列 `{ $column }` 中有一个值小于下限 { $min }{ $count ->
        [yes] （计数不能是负数）
       *[no] {""}
    }
    .hint = 请改正这个数字，或者用 `min:` 声明这一列的范围
# 数字大于该列的 `max:`。
cell-above-max = 列 `{ $column }` 中有一个值大于上限 { $max }
    .hint = 请改正这个数字，或者用 `max:` 声明这一列的范围
# CSV 明细文件中数字列的某个单元格不是数字。
csv-not-number = { $kind }列 `{ $column }` 中有一个值不是数字
    .hint = 只写数字，不要带单位或逗号
# CSV 明细文件中日期列的某个单元格不是日期。
csv-not-date = 日期列 `{ $column }` 中有一个值不是日期
    .hint = 日期请写成 YYYY-MM-DD
# 整数列中的整数位数太多，无法准确保存（例如 20 位：常常是证件号或账号）。
cell-integer-too-large = 整数列 `{ $column }` 中有一个 { $digits } 位的整数，位数太多，无法准确保存
    .hint = 请确认这是统计数字，而不是编码或账号；编码应放在 `type: text` 的文字列中，并加上引号
# 整数列中带小数的数字。
cell-not-whole = 整数列 `{ $column }` 中的 `{ $value }` 不是整数
    .hint = 请写整数，或者把这一列声明为 `type: number`
# 数值列中写了百分比。
cell-percentage = 数值列 `{ $column }` 中的 `{ $value }` 是百分比
    .hint = 请把这一列声明为 `type: percent`，或者去掉 % 只写数字
# 日期列中不是日期的单元格。
cell-not-date = 日期列 `{ $column }` 中的 `{ $value }` 不是日期
    .hint = 日期请写成“年-月-日”（YYYY-MM-DD）格式，例如 2023-10-31
# 数字列中写了文字或 true/false。
cell-not-number = { $kind }列 `{ $column }` 中的 `{ $value }` 不是数字
    .hint = 只写数字（例如 3815 或 17265.21），不要带单位或文字；没有数字时请不填这一格
# 数字列中的文字不是统计表中写数字的方式：带文字、小数部分有误、数字间混用逗号和空格，或者没有每三位分节。
cell-not-figure = { $kind }列 `{ $column }` 中的 `{ $value }` { $why ->
        [mixed] 在数字之间混用了逗号和空格
        [grouped] 数字分节不对
       *[other] 不是数字
    }
    .hint = { $why ->
        [decimal] 请用数字写（例如 123,894.7），只用一个小数点
        [mixed] 从右往左每三位分一节（1,405 或 1 405），或者不用分隔符
        [grouped] 从右往左每三位分一节（1,405 或 1 405），或者不用分隔符
       *[other] 请用数字写（例如 1405、1,405 或 12.5%），不要带文字或单位；没有数据的地方写 `-`
    }
# CSV 或电子表格中第一列为空的行。
table-row-no-name = 这一行的第一列没有名称
    .hint = 每一行的第一列都要有名称：value() 和链接都靠它找到这一行
# CSV 或电子表格中名称相同的两行。
table-row-twice = 行名 `{ $key }` 出现了两次
    .hint = 行名（第一列）不能重复，因为 value() 和链接都靠行名找到这一行；请给其中一行改名
# 表格文件旁的 YAML 中有两项描述同一列。
sidecar-column-twice = YAML 说明文件中有两项描述了表格的同一列 `{ $column }`
    .hint = 请用 `header:` 按表头指定列；表格的表头有：{ $headers }
# 表格文件旁的 YAML 描述了表格中没有的列。
sidecar-no-column = YAML 说明文件描述的列 `{ $column }` 在表格中不存在
    .hint = 请用 `header:` 按表头指定列；表格的表头有：{ $headers }
# 表格文件中两列的表头得出了相同的标识。
table-key-twice = 有两列的标识都是 `{ $key }`
    .hint = 请把其中一个表头换个说法，或者在 YAML 说明文件中给这两列各写一个 `key:`
# 看起来是个人信息（姓名、电话、证件号……）的明细列标为 `personal: false`，却没写理由。
records-personal-no-reason = 列 `{ $column }` 看起来是个人信息，却标为 `personal: false` 而没有写理由
    .hint = 请加上 `personal_reason:`，说明为什么这些值不能识别出任何人（例如办公地址）
# 看起来是个人信息的明细列没有写 `personal:`。
records-personal-unmarked = 列 `{ $column }` 看起来是个人信息，但没有标明
    .hint = 请加上 `personal: true`（这一列永不公布），或者写 `personal: false` 并用 `personal_reason:` 说明它为什么不能识别出任何人
# `{…}` 形式的行中，带千位分隔符的数字（1,405）被拆成了键 `405`。
dataset-row-thousands = 这一行有一个 `{ $key }` 的值，但没有声明这一列
    .hint = 写在 `{"{"}…{"}"}` 中带千位分隔符的数字必须加引号，例如 "1,{ $key }"；否则请在 `columns:` 下声明这一列，或者使用以下之一：{ $columns }
# 行中有一个未声明列的值。
dataset-row-undeclared = 这一行有一个 `{ $key }` 的值，但没有声明这一列
    .hint = 请在 `columns:` 下声明这一列，或者使用以下之一：{ $columns }
# 明细数据集既有 `records:` 又有 CSV 文件。
records-twice = 这里和 { $csv } 中都有明细记录
    .hint = 明细记录只放在一处：请删除 `records:` 或那个 CSV 文件
# 没有任何记录的明细数据集。
records-none = 明细数据集需要有明细记录
    .hint = 请在这里加上 `records:`，或者把记录放在 { $csv } 中
# CSV 明细文件的第一行无法读取。
csv-header = 无法读取 CSV 的表头
    .hint = 第一行必须列出各列的标识，用逗号隔开
# CSV 明细文件缺少 YAML 中声明的列。
csv-no-column = CSV 中没有列 `{ $column }`
    .hint = CSV 的表头必须使用 YAML 说明文件中声明的列标识
# CSV 明细文件中有 YAML 没有声明的列。
csv-undeclared = CSV 中的列 `{ $column }` 没有声明
    .hint = 请在 YAML 说明文件的 `columns:` 下声明它，或者删除这一列
# 字段数不对或引号有误的 CSV 行。
csv-line = 这一行 CSV 无法读取（字段数不对或引号有误）
    .hint = 请检查这一行的逗号和引号
# 没有 `publish:` 的明细数据集。
publish-missing = 明细数据集需要 `publish:`
    .hint = 请加上带 `group_by:` 和 `measures:` 的 `publish:`；没有它，这个数据集什么也不能公布
# `publish:` 是空列表。
publish-empty = `publish` 中没有任何汇总表
    .hint = 请至少加一张带 `group_by:` 和 `measures:` 的汇总表
# 汇总表的 `id:` 不能用作网址的一部分。
publish-bad-id = 汇总表标识 `{ $id }` 是空的，或含有字母、数字、- 和 _ 以外的字符
    .hint = 请用简短的标识，例如 `roster-by-area`：它会成为这张表的网址
# 两张汇总表的标识相同。
publish-id-twice = `publish` 中有两张表的标识都是 `{ $id }`
    .hint = 请给每张表写一个自己的 `id:`；没写 `id:` 的表用文件名作标识
# `group_by` 和 `period` 中同一列写了两次。
publish-grouped-twice = `{ $column }` 被用来分组了两次
    .hint = `group_by` 和 `period` 中每一列只写一次
# 汇总表没有 `group_by:` 或 `period:`。
publish-no-group = `group_by` 是空的
    .hint = 请至少指定一列用来给记录分组
# 没有统计项的汇总表。
publish-no-measures = `measures` 是空的
    .hint = 请至少加上 `persons: count`
# `group_by` 或 `period` 指定的不是列。
publish-not-column = `{ $key }` 中的 `{ $column }` 不是列
    .hint = 请使用已声明的列标识
# 汇总表按个人信息列分组。
publish-group-personal = `{ $column }` 是个人信息列，不能用来分组
    .hint = 请按非个人信息的列分组，例如乡镇或类别
# count、sum、mean、min、max、median 以外的统计方式。
publish-unknown-measure = 无法识别的统计方式 `{ $op }`
    .hint = 请使用 count、sum、mean、min、max 或 median
# 统计项读取的列在明细中不存在。
publish-measure-not-column = 统计项 `{ $measure }` 读取的 `{ $column }` 不是列
    .hint = 请用 `column:` 指定一个数字列
# 对个人信息列做统计。
publish-measure-personal = `{ $column }` 是个人信息列，不能用来统计
    .hint = 请统计非个人信息的数字列
# 对非数字列求和、平均、最小、最大或中位数。
publish-measure-not-numeric = `{ $column }` 不是数字列
    .hint = 请把它声明为 `type: integer` 或 `type: number`
# 图表把不同计量单位（人和户）的数字画在同一个数轴上。
chart-units-mixed = 图中的数字单位不同（{ $units }），一个数轴无法同时表示
    .hint = 写上 `small_multiples: true`，每种单位各画一幅有自己数轴的小图，上下排列；或者每种单位各做一个图表
# 图表画同一类单位但数量级不同（万元和亿元）的数字，而没有 `display_unit:`。
chart-units-magnitudes = 图中的数字单位不同（{ $units }），一个数轴无法同时表示
    .hint = 把 `display_unit:` 设为其中一种单位（例如 `display_unit: { $first }`），所有数字都换算成这个单位来画
# `display_unit:` 指定的单位无法换算某个数字。
chart-display-unit-cannot = `display_unit: { $target }` 无法表示 `{ $row }` 的数字，它的单位是{ $unit }
    .hint = display_unit 只能在同一类、相差千、万或亿的单位之间换算（元、万元、亿元；人、万人；户、万户）；其他单位的数字请写 `small_multiples: true`，每种单位各画一幅小图
# 饼图、环形图或关键数字使用了 `small_multiples: true`，它们没有可重复的数轴。
chart-panels-kind = { $kind } 图表不能画成多幅小图
    .hint = 多幅小图只适用于 bar、grouped_bar、stacked_bar 和 line 图表；请为每种单位各做一个 { $kind } 图表
# `small_multiples: true` 与 `display_unit:` 同时使用。
chart-panels-display-unit = `small_multiples` 和 `display_unit` 不能同时使用
    .hint = `display_unit` 把所有数字换算成一种单位画在一个数轴上；`small_multiples` 让每种单位各画一幅小图；请保留您需要的那一个
# `small_multiples: true` 与 `unit:` 同时使用，后者会给每幅小图标上同一个单位。
chart-panels-unit = `small_multiples` 和 `unit` 不能同时使用
    .hint = 每幅小图都标明自己数字的单位；请删除 `unit`
# 多幅小图：数字的单位既随列变化，又随行变化。
chart-panels-crossed = 图中数字的单位既随列变化又随行变化，无法分成每幅一种单位的小图
    .hint = 请用 `rows:` 和 `y:` 选出单位只在列之间变化、或只在行之间变化的数字
# `period_column:` 指定的列在表中不存在。
dataset-period-column-unknown = 表中没有可读取期间的列 `{ $column }`
    .hint = 请指定每行写明月份、季度或年份的那一列；表中的列有：{ $columns }
# `period_column:` 与 `period:` 或 `series:` 同时使用，后两者用于只有一个期间的表。
dataset-period-column-and-period = 带有 `period_column` 的表每一行就是一个期间，不再需要 `period:` 或 `series:`
    .hint = 请删除 `period:` 和 `series:`；value()、关键数字和图表会直接把这张表当作序列使用
# 带有 `period_column:` 的表中，某行在期间列的内容不是期间。
dataset-period-cell = 期间列 `{ $column }` 中的 `{ $value }` 不是期间
    .hint = 月份写作 2023-10 或 2023年10月，季度写作 2023-Q3，年份写作 2023（要写年份，不能只写 10月）；合计行请在附属文件中写 `totals: [行名]`
# 带有 `period_column:` 的表中有两行是同一个期间。
dataset-period-twice = { $period } 出现了第二行
    .hint = 每个期间只有一行；请更正其中一行的期间
# 带有 `period_column:` 的表混用了月、季度和年。
dataset-period-kinds = 各行的期间种类不同（{ $first } 和 { $period }）
    .hint = 一张期间表要么全是月，要么全是季度或年；请分成几张表
# 在各行为期间的表中，value() 给出的行和 `period=` 不一致。
value-period-twice = value() 指定了 `{ $dataset }` 的行 `{ $row }` 和期间 { $period }，两者不是同一期
    .hint = 在各行为期间的表中，期间只写一次：value("{ $dataset }", "列名", period="{ $period }")
# value() 要求的期间在各行为期间的表中没有对应的行。
value-period-no-row = `{ $dataset }` 中没有期间 { $period } 的行
    .hint = { $count ->
        [0] 表中没有写明期间的行
       *[other] 表中的期间有：{ $periods }
    }
# value(…, period=) 的值不是期间。
value-not-a-period = `{ $period }` 不是期间
    .hint = 月份写作 2023-10，季度写作 2023-Q3，年份写作 2023
# 对期间表中不代表任何期间的行（合计行）使用 value(…, change=)。
value-change-no-period = `{ $dataset }` 的 `{ $row }` 行不代表某个期间，没有可比较的其他期间
    .hint = 请对写明期间的行计算变化，或者去掉 `change=`
# 按期间绘制的图表画到了期间表中不代表期间的行（合计行）。
chart-row-no-period = `{ $dataset }` 的 `{ $row }` 行没有写明期间，按期间绘制的图表无处安放它
    .hint = 请用 `rows: [...]` 把它去掉，或者单独为它做一个图表
# 按期间绘制的图表跨越的期间太多。
chart-periods-too-many = `{ $dataset }` 的各行从 { $first } 到 { $last }，期间数超过图表能画的上限（{ $most }）
    .hint = 请检查第一行和最后一行的期间是否写错（例如把 2023-10 写成了 2203-10），或者用 `rows: [...]` 选择要画的行
# 在没有期间轴的图表类型上写了 `y: periods`（按期间列绘制各行）。
chart-across-kind = `{ $type }` 图表不能把行画成跨各期间列的图（`y: periods`）
    .hint = 请使用 `type: line` 或 `type: bar`（多行用 `grouped_bar`）；`{ $type }` 图表画的是多行的一列
# 写了 `y: periods`，但表中没有以期间命名的列。
chart-across-no-periods = `y: periods` 把行画成跨各期间列的图，但 `{ $dataset }` 没有以期间命名的列
    .hint = 列标题须是期间，例如 2023年1月、2023-01、2023-Q1 或 2023（表中的列：{ $columns }）；或者在 `y` 中写明要画的列
# 表中两列以同一期间命名。
chart-across-period-twice = `{ $dataset }` 的 `{ $first }` 列和 `{ $second }` 列都以 { $period } 命名
    .hint = 每个期间只能有一列；请改正另一列的表头
# 以期间命名的列中是文字。
chart-across-text-column = `{ $dataset }` 的 `{ $column }` 列以期间命名，但其中是文字，无法画图
    .hint = 请在数据集说明文件的 `columns:` 中把它声明为 `type: number`，并改正不是数字的单元格
# 各期间列跨越的期间太多。
chart-across-too-many = `{ $dataset }` 的期间列从 { $first } 到 { $last }，期间数超过图表能画的上限（{ $most }）
    .hint = 请检查第一个和最后一个期间列的表头是否写错（例如把 2023年1月 写成了 2203年1月）
# 写了 `y: periods` 但没有写 `rows:`。
chart-across-no-rows = 跨 `{ $dataset }` 各期间列的图表必须写明要画哪些行
    .hint = 请在 `rows:` 下列出（例如 `rows: [{ $first }]`）；每行画成一条跨各期间的折线（或一组柱）
# 要画的行在所有期间列中都没有数字（标题行）。
chart-across-row-empty = `{ $dataset }` 的 `{ $row }` 行在各期间列中都没有数字，没有可画的内容
    .hint = 标题行本身没有数字；请写它下面的指标
# 要画的行在不同期间列中单位不同。
chart-across-row-units = `{ $row }` 行在一个期间列中的单位是 { $first }，在另一列中是 { $other }，一条线无法表示
    .hint = 请让各期间列使用同一单位（在表头或说明文件的 `columns:` 中）
# 跨期间的 `type: bar` 写了多行。
chart-across-one-row = `bar` 图表只画一行跨各期间的数字，但 `rows` 写了 { $count } 行
    .hint = 画多行请用 `type: line` 或 `type: grouped_bar`；单位不同的行请写 `small_multiples: true`
# 跨期间的 `grouped_bar` 或 `stacked_bar` 只写了一行。
chart-across-several-rows = 跨各期间的 `{ $type }` 图表比较多行，但 `rows` 只写了一行
    .hint = 一行请用 `type: bar` 或 `type: line`，或者写更多的行
# value()、关键数字或图表用一个名称指定行，而表中有多行在不同上级指标下同名。
value-row-repeated = `{ $dataset }` 中有多行名为 `{ $row }`，分属不同的上级指标
    .hint = 请连同上级指标写出要用的那一行，表中的行名是：{ $rows }（例如 "{ $first }"）

## 页面、页头信息和短代码。

# 两个文件发布的数据表标识相同。
dataset-id-twice = 数据集标识 `{ $id }` 也被 { $other } 使用了
    .hint = 请在 `publish:` 下给这张表单独写一个 `id:`，或者重命名其中一个文件
# 两个页面会写到同一个网址。
page-address-twice = 此页面的网址 /{ $path } 与 { $other } 的网址相同
    .hint = 请重命名其中一个文件
# content 中的文件名或文件夹名含有空格或 ? # % " < >。
page-bad-name = 此文件名或文件夹名不能用在网址中
    .hint = 请重命名，不要包含空格或 ? # % " < > 这些字符；简短的英文或拼音名称最好
# 页面的 `date:` 不是日期。
page-bad-date = `{ $value }` 不是日期
    .hint = 日期请写成“年-月-日”（YYYY-MM-DD）格式，例如 2023-11-30
# 页面的 `template:` 指定了主题中没有的模板。
page-no-template = 主题中没有模板 `{ $template }`
    .hint = 请使用以下之一：{ $templates }
# `paginate:` 是 0、负数或不是整数。
page-bad-paginate = `paginate: { $value }` 不是每页列出的条数
    .hint = 请写一个不小于 1 的整数，例如 paginate: 20
# 不是 _row.md 的文件写了 `per_row:`。
page-per-row-elsewhere = `per_row:` 会为每一行生成一个页面，但只在名为 _row.md 的文件中有效
    .hint = 请把这个文件改名为 _row.md，放在这些页面所属栏目的文件夹中；或者删除 `per_row:`
# 不是栏目 _index.md 的文件写了 `paginate:`。
page-paginate-elsewhere = `paginate:` 设置栏目每页列出多少条，但这个文件不是栏目的 _index.md
    .hint = 请把它移到需要分页的栏目文件夹的 _index.md 中
# 页面 `名称.代码.md` 的语言代码在 site.yaml 中没有列出。
page-unknown-language = `{ $file }` 以 `.{ $code }.md` 结尾，但 site.yaml 中没有列出语言 `{ $code }`
    .hint = { $count ->
        [0] 请在 site.yaml 中加上 `languages: {"{"}{ $code }: {"{"}title: …{"}}"}`，或者把文件名中的 `.{ $code }` 去掉
       *[other] 网站的其他语言有：{ $languages }；请在 site.yaml 的 `languages:` 下加上 `{ $code }`，或者重命名文件
    }
# 译文页面 `名称.代码.md` 没有对应的原文页面 `名称.md`。
page-translation-orphan = `{ $file }` 是 `{ $original }` 的译文，但原文页面不存在
    .hint = 译文与原文放在同一个文件夹中：请先写原文页面，或者改正文件名
# 不是按行生成的页面中用了 `{{ row.… }}`。
shortcode-row-not-row-page = `{ $name }` 指的是按行生成的页面所对应的行，但这个页面不是按行生成的
    .hint = 按数据集每一行生成页面，要用 content/栏目/_row.md，并写上 `per_row: 数据集`
# 按行生成的页面中写了 `value("列", period=…)`。
shortcode-value-one-period = 只有一个参数的 value() 读取本页对应的行，不能指定期间
    .hint = 请写出序列、行和列：{"{{"} value("序列", "行名", "列", period="2023-10") {"}}"}
# 不是按行生成的页面中写了 `value("列")`。
shortcode-value-one-not-row-page = 只有一个参数的 value() 指的是本页对应行中的一列，但这个页面不是按行生成的
    .hint = 请写出数据集、行和列：{"{{"} value("数据集", "行名", "列") {"}}"}；或者把页面改成带 `per_row: 数据集` 的 content/栏目/_row.md
# `value(…)` 的参数个数不是三个（按行生成的页面中也可以是一个）。
shortcode-value-arguments = value() 需要三个带引号的文字（数据集、行、列），这里却有 { $count } 个
    .hint = 请写成 {"{{"} value("数据集", "行名", "列") {"}}"}，每个参数都用英文直引号
# `table(…)` 的参数不是一个文字。
shortcode-table-arguments = table() 只需要一个带引号的文字：数据集标识
    .hint = 请写成 {"{{"} table("数据集") {"}}"}，数据集标识就是 data/ 中去掉扩展名的文件名
# `chart(…)` 的参数不是一个文字。
shortcode-chart-arguments = chart() 只需要一个带引号的文字：图表标识
    .hint = 请写成 {"{{"} chart("图表") {"}}"}，图表标识就是 charts/ 中去掉 .yaml 的文件名
# `chart("x")`，但 charts/x.yaml 不存在。
shortcode-no-chart = 没有图表 `{ $id }`
    .hint = { $found ->
        [0] 请添加 charts/{ $id }.yaml，或者使用 charts/ 中某个文件去掉 .yaml 后的名称
       *[other] 是不是要写 `{ $near }`？图表就是 charts/ 中的文件，标识是去掉 .yaml 的文件名
    }
# `{{ 名称(…) }}` 中的名称不是短代码。
shortcode-unknown = 没有名为 `{ $name }` 的短代码
    .hint = 可用的短代码有 value()、table()、chart() 和 ref()；如果要显示两个花括号本身，请写 \{"{{"}
# value() 的选项不是 unit=、period=、change=。
shortcode-value-option = value() 没有这样的选项 `{ $option }`
    .hint = 可用的选项有 unit=false（不显示单位）、period="2023-10"（序列中的某一期）和 change="环比" 或 change="同比"
# 按行生成的页面中写了 `value("行名列")`。
shortcode-key-column = `{ $column }` 是 `{ $dataset }` 的行名列（第一列），不是数据
    .hint = 行名请写 {"{{"} row.label {"}}"}，或者指定一个存放数据的列
# 按行生成的页面中 `value("列")` 的列在数据集中不存在。
shortcode-no-row-column = 数据集 `{ $dataset }` 中没有列 `{ $column }`
    .hint = { $found ->
        [0] { $count ->
            [0] 这个数据集没有存放数据的列
           *[other] 请使用以下列标识之一：{ $columns }
        }
       *[other] 是不是要写 `{ $near }`？
    }
# value()、table()、per_row: 或关键数据中的数据集标识不是本站的数据集。
shortcode-no-dataset = 没有数据集 `{ $id }`
    .hint = { $found ->
        [0] 请添加 data/{ $id }.yaml，或者使用 data/ 中某个文件去掉扩展名后的名称
       *[other] 是不是要写 `{ $near }`？数据集就是 data/ 中的文件，标识是去掉 .yaml 的文件名
    }
# value() 或关键数据中的行名在数据集中不存在。
shortcode-no-row = 数据集 `{ $dataset }` 中没有行 `{ $row }`
    .hint = { $found ->
        [0] { $count ->
            [0] 这个数据集还没有任何行
           *[other] 行名就是这一行第一列的值，例如 `{ $first }`
        }
       *[other] 是不是要写 `{ $near }`？行名就是这一行第一列的值
    }
# value() 或关键数据中的列标识在数据集中不存在。
shortcode-no-column = 数据集 `{ $dataset }` 中没有列 `{ $column }`
    .hint = { $found ->
        [0] { $count ->
            [0] 这个数据集没有存放数据的列
           *[other] 请使用以下列标识之一：{ $columns }
        }
       *[other] 是不是要写 `{ $near }`？列标识有：{ $columns }
    }
# value() 或关键数据指定了行名列（第一列）。
shortcode-cell-key-column = `{ $column }` 是 `{ $dataset }` 的行名列（第一列），不是数据
    .hint = 请指定存放这个数字的列
# value() 引用了按隐私规则隐去的单元格。
shortcode-cell-withheld = 为保护个人信息，`{ $dataset }` 中行 `{ $row }`、列 `{ $column }` 的数据不予公布
    .hint = 不予公布的数字不能引用；请改为引用合计或更大范围的分组
# value() 引用了空单元格。
shortcode-cell-empty = 数据集 `{ $dataset }` 中行 `{ $row }`、列 `{ $column }` 没有数值
    .hint = 请在 { $file } 中补上这个数字，或者引用其他单元格
# HTML 注释 `<!--` 没有 `-->`。
shortcode-comment-open = 这个 HTML 注释没有结束
    .hint = 请用 --> 结束注释，或者删除 <!--
# `{{` 没有 `}}`。
shortcode-open = 这个短代码没有结束
    .hint = 请用 {"}}"} 结束，例如 {"{{"} value("数据集", "行名", "列") {"}}"}；如果要显示两个花括号本身，请写 \{"{{"}
# `{{ … }}` 不是以名称开头。
shortcode-no-name = 短代码必须以名称开头，例如 value、table 或 chart
    .hint = 请写成 {"{{"} 名称("参数", …) {"}}"} 的形式，例如 {"{{"} value("数据集", "行名", "列") {"}}"}
# `{{ row. }}`：点后面没有名称。
shortcode-dot-no-name = `{ $path }.` 后面应当有名称
    .hint = 请写 {"{{"} row.label {"}}"}、{"{{"} row.列 {"}}"}、{"{{"} row.列.label {"}}"} 或 {"{{"} row.列.unit {"}}"}
# `{{ row.label(…) }}`：带点的名称后面跟了参数。
shortcode-dot-arguments = `{ $path }` 后面多出了文字：带点的名称不能带参数
    .hint = 请单独写它，例如 {"{{"} row.label {"}}"}
# `{{ value "x" }}`：名称后面没有括号。
shortcode-no-bracket = `{ $name }` 后面应当是 `(`
    .hint = 请写成 {"{{"} { $name }("参数", …) {"}}"} 的形式
# 参数之间用了全角逗号 `，` 或 `、`。
shortcode-full-width-comma = 参数之间用了全角逗号 `{ $found }`
    .hint = 请改用半角逗号 `,`（把输入法切换到英文标点），例如 {"{{"} value("数据集", "行名", "列") {"}}"}
# 短代码用全角括号 `）` 结束。
shortcode-full-width-bracket = 短代码用了全角括号 `）` 结束
    .hint = 请改用半角的 `)`（把输入法切换到英文标点）
# 两个参数之间不是逗号。
shortcode-no-comma = 参数之间应当是 `,`，或者用 `)` 结束
    .hint = 参数之间请用逗号分隔，例如 {"{{"} value("数据集", "行名", "列") {"}}"}
# `unit=false, "x"`：不带名称的参数写在了带名称的参数后面。
shortcode-positional-after-named = 不带名称的参数必须写在带名称的参数前面
    .hint = 先写带引号的文字，再写 unit=false 这样的选项
# 右括号 `)` 后面还有文字。
shortcode-after-bracket = 右括号 `)` 后面多出了文字
    .hint = 请在 `)` 后面直接用 {"}}"} 结束短代码
# 参数用了中文引号 “”。
shortcode-curly-quotes = 短代码中请使用英文直引号 "，不要使用中文引号 “”
    .hint = 请把输入法切换到英文标点，重新输入引号
# 文字参数缺少后引号。
shortcode-no-closing-quote = 这个文字参数缺少后引号
    .hint = 文字的结尾要用与开头相同的引号
# 参数是没有引号的词。
shortcode-bare-word = `{ $word }` 不是有效的值：文字要加引号，例如 "{ $word }"
    .hint = 文字要用英文直引号括起来；true、false 和整数不用引号
# 这里应当是参数，却写了别的。
shortcode-no-argument = 这里应当是带引号的参数
    .hint = 请写成 {"{{"} 名称("参数", …) {"}}"} 的形式，例如 {"{{"} value("数据集", "行名", "列") {"}}"}
# ref() 的参数不是一个文字。
ref-arguments = ref() 只需要一个带引号的文字：本页中图表或表格的标识
    .hint = 请写成 {"{{"} ref("标识") {"}}"}，标识是本页 chart() 或 table() 所显示的图表或表格
# ref() 带了选项。
ref-options = ref() 不能带选项
    .hint = 请写成 {"{{"} ref("标识") {"}}"}
# ref("x")，而本页既有图表 `x` 也有表格 `x`。
ref-ambiguous = 本页中 `{ $id }` 既是图表也是表格
    .hint = 请写 ref("chart:{ $id }") 或 ref("table:{ $id }")
# ref("x")，而本页没有图表或表格 `x`。
ref-missing = 本页没有可以引用的图表或表格 `{ $id }`
    .hint = { $found ->
        [0] { $count ->
            [0] ref() 引用的是同一页中 chart() 或 table() 显示的图表或表格，而本页没有显示任何图表或表格
           *[other] ref() 引用的是同一页中 chart() 或 table() 显示的图表或表格：{ $shown }
        }
       *[other] 是不是要写 `{ $near }`？ref() 引用的是同一页中 chart() 或 table() 显示的图表或表格
    }
# 按行生成页面的模板（_row.md）没有 `per_row:`。
row-no-dataset = 这个页面名为 _row.md，会为数据集的每一行生成一个页面，但没有写明是哪个数据集
    .hint = 请在页头信息中加上 `per_row: 数据集`（data/ 中去掉 .yaml 的文件名）；如果这是普通页面，请重命名文件
# 按行生成页面的模板不在栏目文件夹中。
row-not-in-section = 按行生成页面的模板必须放在栏目文件夹中，这些页面才有列表可归
    .hint = 请把它移到有 _index.md 的文件夹中，例如把 content/towns/_row.md 放在 content/towns/_index.md 旁边
# 按行生成页面的模板所在栏目没有 _index.md。
row-no-section = 这个模板生成的页面没有栏目来列出它们：缺少 { $section }
    .hint = 请添加 { $section }，写上标题（再用几句话说明这些页面的内容）
# 行名中没有可以用来生成网址的字母或数字。
row-no-slug = `{ $dataset }` 的行 `{ $row }` 中没有可以用来生成页面网址的字母或数字
    .hint = 请给这一行起一个含有文字或数字的行名
# 两行的行名会生成同一个网址。
row-same-slug = `{ $dataset }` 的行 `{ $first }` 和 `{ $second }` 会生成同一个页面 /{ $path }
    .hint = 网址只保留文字和数字，其他字符都变成一个 `-`：请修改其中一个行名
# 按行生成页面的模板在标题或说明中用了带参数的短代码。
row-call-in-title = 标题或说明中只能写这一行的文字，不能写 `{ $name }(…)`
    .hint = 请写 {"{{"} row.label {"}}"}、{"{{"} row.列 {"}}"}、{"{{"} row.列.label {"}}"} 或 {"{{"} row.列.unit {"}}"}
# 不带括号的名称不是 `row.…`。
row-not-row = 页面不能显示 `{ $name }`
    .hint = 只有按行生成的页面对应的行才不带括号：{"{{"} row.label {"}}"}、{"{{"} row.列 {"}}"}
# `row.x`，而数据集没有列 `x`。
row-no-column = 数据集 `{ $dataset }` 中没有列 `{ $column }`
    .hint = 行名请写 row.label；数据请写 row.列，列标识有：{ $columns }
# `row.列.x` 不是 label 或 unit。
row-no-field = 列没有 `{ $field }`
    .hint = 请写 row.{ $column }、row.{ $column }.label 或 row.{ $column }.unit
# value(…, period=…) 引用的数据集不是序列。
series-not-series = `{ $id }` 是数据集而不是序列，没有期间 `{ $period }`
    .hint = 要指定期间，请写序列（月报表的 `series:`）；否则请删除 `period=`
# period= 不是月份、季度或年份。
series-bad-period = `{ $period }` 不是期间
    .hint = 月份写成 2023-10，季度写成 2023-Q3，年份写成 2023
# 序列中没有 period= 所指期间的表。
series-no-period = 序列 `{ $id }` 中没有 { $period } 的表
    .hint = 它现有的期间是：{ $periods }；请添加一张写有 `series: { $id }` 和 `period: { $period }` 的表
# change= 引用的数字所在的表不属于任何序列。
series-no-change = `{ $id }` 不属于任何序列，没有其他期间可以比较
    .hint = 请给每一期的表写上 `series:`（各期相同）和 `period:`（例如 2023-10）
# change= 不是环比或同比。
series-bad-change = value() 不能显示 `{ $word }` 这种变化
    .hint = 请写 change="环比"（与上一期比）或 change="同比"（与上年同期比）
# 序列的标识与某个数据集相同。
series-same-id = 序列 `{ $id }` 与数据集 `{ $dataset }` 的标识相同
    .hint = 请给序列单独起一个标识，例如 `series: mz-monthly`，这样 value() 才能区分两者
# 序列中混有月份、季度或年份。
series-mixed = 序列 `{ $id }` 中混有不同类型的期间（{ $first } 和 { $second }）
    .hint = 一个序列只能都是月度、季度或年度；不同类型请各建一个序列
# 序列中同一期间有两张表。
series-period-twice = 序列 `{ $id }` 中 { $period } 有两张表：`{ $first }` 和 `{ $second }`
    .hint = 请改正其中一张表的 `period:`

## 政府信息公开字段、更正记录、许可协议和数据期间。

# 页面或数据集的日期字段（成文日期、更正日期、期间的起止日期）不是日期。
doc-bad-date = { $what ->
        [written] 成文日期（written）
        [revision] 更正日期
        [start] 期间的开始日期
       *[end] 期间的结束日期
    } `{ $value }` 不是日期
    .hint = 请写一个真实存在的日期，格式为 YYYY-MM-DD，例如 2023-11-30
# 公文页面的成文日期晚于发布日期。
doc-written-after-published = 成文日期（written）{ $written } 晚于发布日期（date）{ $published }
    .hint = 公文先成文后发布：请核对这两个日期
# 文号不是“发文机关代字〔年份〕序号号”的格式。
doc-no-malformed = `{ $value }` 不是文号（doc_no）
    .hint = 请写发文机关代字、用〔〕括起的年份和带“号”的序号，例如 XX民发〔2023〕12号
# 文号中年份两边的括号不配对。
doc-no-unmatched = `{ $value }` 中年份两边的括号不配对
    .hint = 年份请用六角括号〔〕括起来，例如 XX民发〔2023〕12号
# 文号的年份没有用〔〕括起来（警告）。
doc-no-brackets = 文号 `{ $value }` 的年份用了 { $brackets }；标准格式（GB/T 9704-2012）是〔〕
    .hint = 请按公文上印的写，例如 XX民发〔2023〕12号（六角括号，序号不编虚位）
# 文号的序号以 0 开头（警告）。
doc-no-padded = 文号 `{ $value }` 的序号以 0 开头；GB/T 9704-2012 规定序号不编虚位
    .hint = 请按公文上印的写，例如 XX民发〔2023〕12号（六角括号，序号不编虚位）
# 同一语言的两个页面索引号相同。
doc-index-no-twice = 索引号（index_no）`{ $value }` 已被 { $other } 使用
    .hint = 每份公文都要有自己的索引号：请给这一份用下一个空着的编号
# 页面的更正记录写了行、列或原值（这些只用于数据集）。
revision-page-cell = 页面的更正记录不能写行、列或原值
    .hint = 请在数据集中更正这个数字并在那里写更正记录；引用它的每个页面都会随之说明
# 更正记录没有 `what:`。
revision-no-what = 更正记录没有说明改了什么
    .hint = 请用平实的话写 `what:`，例如 更正社会组织数量
# 数据集的更正记录有 `previous:` 却没有指明单元格。
revision-previous-no-cell = `previous:` 需要写明它原来所在的 `row:` 和 `column:`
    .hint = 请写明更正的单元格，例如 `row: 社会组织, column: count, previous: 90`
# 数据集的更正记录指定的行在数据集中不存在。
revision-no-row = 数据集中没有行 `{ $row }`
    .hint = { $found ->
        [0] 请用行名指定这一行，也就是它第一列的值
       *[other] 是不是要写 `{ $near }`？行名就是这一行第一列的值
    }
# 数据集的更正记录指定的列在数据集中不存在。
revision-no-column = 数据集中没有列 `{ $column }`
    .hint = 请使用以下之一：{ $columns }
# 数据集的更正记录只写了 `row:` 或只写了 `column:`。
revision-half-cell = 更正的单元格需要同时写明 `row:` 和 `column:`
    .hint = 行用行名指定，列用列标识指定
# `temporal:` 的开始日期晚于结束日期。
temporal-reversed = 期间的开始日期（{ $start }）晚于结束日期（{ $end }）
    .hint = `start:` 写数据覆盖的第一天，`end:` 写最后一天
# `gov.catalogue_page` 不是本站的页面。
catalogue-page-missing = gov.catalogue_page `{ $page }` 不是本站的页面
    .hint = 请写网站根目录下某个内容页面或栏目的路径，例如 content/xxgk/_index.md 对应 `xxgk/`

## 图表设置（charts/*.yaml）。

# 图表的 `x:`、`y:` 或 `compare:` 指定了数据集中没有的列。
chart-no-column = 数据集 `{ $dataset }` 中没有列 `{ $column }`
    .hint = { $found ->
        [0] 请使用 `{ $dataset }` 的列标识之一：{ $columns }
       *[other] 是不是要写 `{ $near }`？`{ $dataset }` 的列有：{ $columns }
    }
# 图表的 `rows:`、`row:` 或 `compare:` 指定了数据集中没有的行。
chart-no-row = 数据集 `{ $dataset }` 中没有行 `{ $row }`
    .hint = { $found ->
        [0] { $count ->
            [0] 这个数据集还没有任何行
           *[other] 行名就是数据集中这一行第一列的值，例如 `{ $first }`
        }
       *[other] 是不是要写 `{ $near }`？行名就是数据集中这一行第一列的值
    }
# 图表的 `y:` 中同一列写了两次。
chart-y-twice = `{ $column }` 在 `y` 中出现了两次
    .hint = 每一列只写一次
# 图表的 `rows:` 中同一行列了两次。
chart-row-twice = 行 `{ $row }` 列出了两次
    .hint = 每一行只列一次
# 图表的数据集没有任何行。
chart-no-rows = 数据集 `{ $dataset }` 中没有任何行，没有可画的内容
    .hint = 请在 { $file } 中添加行
# 图表写了 `rows: []`。
chart-rows-empty = `rows` 是空列表，没有可画的内容
    .hint = 请列出要画的行名；或者不写 `rows`，画出所有行
# 柱状图、饼图、环形图或 figure 的 `y:` 写了多列。
chart-one-column = `{ $type }` 图表只画一列，但 `y` 中写了 { $count } 列
    .hint = { $type ->
        [bar] 要画多列，请使用 `type: grouped_bar` 或 `type: stacked_bar`
       *[other] `y` 中只写一列
    }
# 分组或堆叠柱状图的 `y:` 只写了一列。
chart-several-columns = `{ $type }` 图表用来比较多列，但 `y` 中只写了一列
    .hint = 只画一列请使用 `type: bar`，否则请在 `y` 中多写几列
# 不是柱状图的图表写了 `orientation:`。
chart-orientation = `orientation` 只适用于柱状图，不适用于 `{ $type }` 图表
    .hint = 请删除 `orientation`
# 折线图或 figure 写了 `sort:`。
chart-sort = `{ $type }` 图表不能排序
    .hint = 请删除 `sort`：折线图按行的先后（时间）顺序画，`figure` 只显示一个数值
# 不是折线图的图表写了 `y_from_zero: false`。
chart-from-zero = `{ $type }` 图表的坐标轴总是从零开始
    .hint = 请删除 `y_from_zero`：柱子的长度就代表数值，所以坐标轴必须从零开始
# 不是 figure 的图表写了 `row:`。
chart-row-not-figure = `row` 只用于 `type: figure`
    .hint = 请用 `rows: [...]` 选择这张图表要画的行
# 不是 figure 的图表写了 `compare:`。
chart-compare-not-figure = `compare` 只用于 `type: figure`
    .hint = 请删除 `compare`
# figure 写了 `rows:`。
chart-figure-rows = `figure` 只显示一行：请用 `row` 指定，而不是 `rows`
    .hint = 请写成 `row: 行名`
# figure 没有 `row:`。
chart-figure-no-row = `figure` 需要 `row`：即要显示其数值的那一行
    .hint = { $count ->
        [0] 请添加 `row:`，写上 `{ $dataset }` 中的一个行名
       *[other] 请添加 `row:`，写上 `{ $dataset }` 中的一个行名，例如 `row: { $first }`
    }
# figure 的那一行在所画的列中没有数值。
chart-figure-empty = 行 `{ $row }` 在 `{ $column }` 中没有数值
    .hint = 请指定在这一列中有数值的行
# `y:` 的某一列在要画的行中没有数值。
chart-column-empty = 列 `{ $column }` 在要画的行中没有任何数值
    .hint = 请用 `rows: [...]` 选择有数值的行，或者换一列
# 饼图或环形图中有一行没有数值。
chart-pie-missing = 行 `{ $row }` 在 `{ $column }` 中没有数值，饼图无法表示缺失的扇区
    .hint = 请用 `rows: [...]` 去掉这一行，或者改用 `type: bar`（柱状图会标出缺失的数值）
# 饼图或环形图中有负数。
chart-pie-negative = `{ $column }` 中有负数，`{ $type }` 图表无法表示
    .hint = 请改用 `type: bar`：柱状图会把负数画在零线以下
# 饼图或环形图的数值合计为零。
chart-pie-zero = `{ $column }` 的合计为零，`{ $type }` 图表画不出扇区
    .hint = 请改用 `type: bar`
# 堆叠柱状图中有负数。
chart-stack-negative = `{ $column }` 中有负数，无法堆叠
    .hint = 请改用 `type: grouped_bar`
# 饼图或环形图的扇区太多。
chart-too-many-slices = `{ $type }` 图表有 { $count } 个扇区，难以看清；最多只能有 { $limit } 个
    .hint = 请改用 `type: bar`，它更适合比较多个数值；或者用 `rows: [...]` 只选部分行
# 饼图或环形图的扇区少于两个。
chart-too-few-slices = `{ $type }` 图表至少需要两个扇区
    .hint = 只显示一个数值请使用 `type: figure`
# `colors:` 中的颜色不是 #rrggbb。
chart-bad-colour = `{ $value }` 不是有效的颜色
    .hint = 颜色请写成 #rrggbb 的形式，例如 #17396b
# 颜色与白色背景的对比度太低（警告）。
chart-low-contrast = 颜色 { $value } 与白色背景的对比度只有 { $ratio }:1；图形至少需要 3:1（WCAG 1.4.11）
    .hint = 请选用更深的颜色；或者不写 `colors`，使用符合无障碍要求的默认配色
# 饼图的 `colors:` 指定的行不是扇区。
chart-colour-not-slice = `{ $key }` 不是这张图表中的扇区
    .hint = 请按行名给扇区指定颜色
# `colors:` 指定的列不在 `y:` 中。
chart-colour-not-series = `{ $key }` 不是 `y` 中的列
    .hint = 请按列标识给各组数据指定颜色：{ $columns }
# `compare:` 既没有指定行也没有指定列。
chart-compare-empty = `compare` 既没有指定行，也没有指定列
    .hint = 请写成 `compare: {"{"}row: 2022年{"}"}`（与另一行比较）或 `compare: {"{"}column: target{"}"}`（与另一列比较）
# `compare:` 指定的数字单位不同。
chart-compare-unit = `{ $other }` 与 `{ $column }` 不是同一单位的数字，无法比较
    .hint = 请与单位相同的列比较
# `compare:` 指定的单元格是空的。
chart-compare-empty-cell = 行 `{ $row }` 在 `{ $column }` 中没有可供比较的数值
    .hint = 请与有数值的单元格比较
# `compare:` 指定的单元格数值为零。
chart-compare-zero = 用来比较的数值为零，无法计算变化的百分比
    .hint = 请与别的单元格比较

## 数据集的算术校验（`checks:`）。

# 合计校验中分项之和与合计不符。`fix` 决定提示的内容：超过了允许误差、表格注明经过舍入，或者都不是。
check-sum-failed = 列 `{ $column }` 中，分项 { $parts } 之和为 { $sum }，但合计 `{ $total }` 为 { $expected }
    .hint = { $fix ->
        [tolerance] 差额超过了允许误差 { $tolerance }：请改正错误的数字；如果是四舍五入造成的，请调大 `tolerance:`
        [rounded] 表格注明数字经过四舍五入：如果差额是舍入造成的，请把 `tolerance:` 设为舍入可能造成的最大差额（例如 `tolerance: 1`）；否则请改正错误的数字
       *[other] 请改正有误的数字；或者在数据集的说明（description）中注明差异，并删除这项校验
    }
# 层级校验（`tree: true`）中下级之和与上级不符。
check-tree-failed = 列 `{ $column }` 中，`{ $parent }` 下各行（{ $parts }）之和为 { $sum }，但 `{ $parent }` 为 { $expected }
    .hint = { $fix ->
        [tolerance] 差额超过了允许误差 { $tolerance }：请改正错误的数字；如果是四舍五入造成的，请调大 `tolerance:`
        [rounded] 表格注明数字经过四舍五入：如果差额是舍入造成的，请把 `tolerance:` 设为舍入可能造成的最大差额（例如 `tolerance: 1`）；否则请改正错误的数字
       *[other] 请改正有误的数字；或者在数据集的说明（description）中注明差异，并删除这项校验
    }
# 比例校验中的比例不等于分子除以分母。
check-rate-failed = 比例 `{ $rate }` 写的是 { $value }，但 `{ $part }` ÷ `{ $whole }` 算出来是 { $computed }
    .hint = { $fix ->
        [tolerance] 差额超过了允许误差 { $tolerance }：请改正错误的数字；如果是四舍五入造成的，请调大 `tolerance:`
        [rounded] 表格注明数字经过四舍五入：如果差额是舍入造成的，请把 `tolerance:` 设为舍入可能造成的最大差额（例如 `tolerance: 1`）；否则请改正错误的数字
       *[other] 请改正有误的数字；如果原始资料做过四舍五入，请设置允许误差 `tolerance:`
    }
# 合计校验既没有 `total:` 也没有 `tree: true`。
check-no-total = 合计校验（sum）需要写 `total:`（合计数所在的行），或者写 `tree: true`
    .hint = 校验的写法是 {"{"}sum: 列, total: 行, parts: [行, …]{"}"}、{"{"}sum: 列, tree: true{"}"} 或 {"{"}rate: [行, 列], part: [行, 列], whole: [行, 列]{"}"}
# 校验中的行在数据集中不存在。
check-no-row = 没有行 `{ $row }`
    .hint = { $found ->
        [0] 行名就是这一行第一列的值
       *[other] 是不是要写 `{ $near }`？行名就是这一行第一列的值
    }
# 校验中的列在数据集中不存在。
check-no-column = 没有列 `{ $column }`
    .hint = 请使用以下列标识之一：{ $columns }
# 合计校验的合计行在这一列中没有数字。
check-total-empty = 合计行 `{ $row }` 在列 `{ $column }` 中没有数字，无法核对加总
    .hint = 请补上合计数，或者把这一列从 `sum:` 中去掉
# `tree: true` 与 `rate:` 写在了一起。
check-tree-rate = `tree: true` 要和 `sum:` 一起用，不能和 `rate:` 一起用
    .hint = 校验的写法是 {"{"}sum: 列, total: 行, parts: [行, …]{"}"}、{"{"}sum: 列, tree: true{"}"} 或 {"{"}rate: [行, 列], part: [行, 列], whole: [行, 列]{"}"}
# 比例校验缺少 `part:` 或 `whole:`。
check-rate-needs = 比例校验需要写 `{ $key }: [行, 列]`
    .hint = 比例校验的写法是 {"{"}rate: [行, 列], part: [行, 列], whole: [行, 列]{"}"}
# `rate:`、`part:` 或 `whole:` 不是“行、列”两项。
check-not-cell = `{ $key }` 必须写成 [行, 列]
    .hint = 比例校验的写法是 {"{"}rate: [行, 列], part: [行, 列], whole: [行, 列]{"}"}
# 比例校验中的单元格没有数字。
check-cell-no-number = 单元格（行 `{ $row }`、列 `{ $column }`）中没有数字
    .hint = 请指定有数字的单元格
# 比例校验的分母为零。
check-whole-zero = 作为分母的 `{ $whole }` 是零
    .hint = 请指定不为零的分母，或者删除这项校验
# 校验中 `sum:` 和 `rate:` 都没有或都有。
check-one-kind = 每项校验必须有 `sum:` 或 `rate:`，且只能有其中一个
    .hint = 校验的写法是 {"{"}sum: 列, total: 行, parts: [行, …]{"}"}、{"{"}sum: 列, tree: true{"}"} 或 {"{"}rate: [行, 列], part: [行, 列], whole: [行, 列]{"}"}
# 对非数字列做加总。
check-not-numeric = 列 `{ $column }` 是{ $kind }列，无法把各格相加
    .hint = 请声明它的类型（`type: integer` 或 `type: number`），或者换一列校验
# 对单位不同的数字做加总。
check-mixed-units = `{ $row }` 的单位是{ $unit ->
        [none] 空的
       *[other] { $unit }
    }，但合计 `{ $total }` 的单位是{ $total_unit ->
        [none] 空的
       *[other] { $total_unit }
    }，无法相加
    .hint = 请在单位列中给合计和分项写同一个单位，或者分开校验
# 没有层级的表写了 `tree: true`。
check-no-hierarchy = `tree: true` 用来核对下级之和是否等于上级，但这张表没有层级
    .hint = 请给各行写 `level:` 或 `parent:`，或者用 一、(一) 1. 给它们编号
# 层级校验中上级行在这一列中没有数字。
check-parent-empty = 上级 `{ $row }` 在列 `{ $column }` 中没有数字，无法核对其下级
    .hint = 请补上上级的数字，或者把这一列从 `sum:` 中去掉

## 数据集对各行的说明：单位列、期间、序列、合计行、层级。

# `unit_column:` 指定了第一列或不是文字类型的列。
rows-unit-column-kind = 单位列 `{ $column }` 必须是第一列以外的文字列
    .hint = 请指定用文字写出每行单位（个、万元、人、户）的那一列，并声明为 `type: text`
# `unit_column:` 指定的列不存在。
rows-unit-column-missing = 没有可以读取单位的列 `{ $column }`
    .hint = 请使用以下列之一：{ $columns }
# 表的 `period:` 不是月份、季度或年份。
rows-bad-period = `{ $period }` 不是期间
    .hint = 月份写成 2023-10，季度写成 2023-Q3，年份写成 2023
# `series:` 中有 a-z、0-9、- 和 _ 以外的字符。
rows-bad-series = `{ $id }` 不能用作序列标识
    .hint = 序列标识和数据集标识一样，只用 a-z、0-9、`-` 和 `_`，例如 `series: mz-monthly`
# 写了 `series:` 却没有 `period:`。
rows-series-no-period = 这张表属于序列 `{ $id }`，但没有写期间
    .hint = 请写上它对应的期间，例如 `period: 2023-10`
# `totals:` 指定的行在表中不存在。
rows-total-missing = `totals:` 中的行 `{ $row }` 在表中不存在
    .hint = { $found ->
        [0] 请按表中第一列的写法指定行名
       *[other] 是不是要写 `{ $near }`？请按表中第一列的写法指定行名
    }
# 行的 `level:` 不是 1 到 6。
rows-bad-level = `level: { $value }` 不是有效的层级
    .hint = 请用 1（最上层）到 6 的整数表示这一行的层级
# `parent:` 指定的不是上方的行。
rows-parent-missing = 上级 `{ $row }` 不是这一行上方的行
    .hint = 请用第一列的值指定位于这一行上方的某一行
# `parent:` 指定的行属于另一组。
rows-parent-other-group = 上级 `{ $row }` 在行 `{ $other }` 的上方，而 `{ $other }` 属于另一组
    .hint = 请把这一行移到上级所在的组中（上级及其其他下级的下面）

## 页面中的 HTML，以及表格文件层级的读法。

# 页面中被清理掉的 HTML 元素（警告）。
html-element-removed = 页面中不能使用 HTML 元素 <{ $tag }>，已删除
    .hint = 请删除；页面可以使用的元素见 README.md 的“Raw HTML”一节
# 页面中被清理掉的 HTML 属性（警告）。
html-attribute-removed = 页面中的 <{ $tag }> 不能带属性 `{ $attribute }`，已删除
    .hint = 请删除；页面可以使用的属性见 README.md 的“Raw HTML”一节
# HTML 属性中被清理掉的地址（javascript:、data: 等）（警告）。
html-address-removed = 页面中 <{ $tag }> 的 `{ $attribute }` 所填地址不允许使用，已删除
    .hint = 链接只能指向 http://、https://、mailto:、tel: 地址或本站页面（图片只能用 http://、https:// 地址或本站文件）
# 来自其他网站的图片，页面的内容安全策略不让浏览器加载（警告）。
html-foreign-image = 此页中有一张图片来自其他网站，页面的内容安全策略（CSP）不会加载它
    .hint = 请把图片复制到 static/ 中，并从网站根目录写地址，例如 /images/photo.png
# 表格文件说明中的 `hierarchy:` 既不是 numbering 也不是 none。
table-bad-hierarchy = `hierarchy: { $value }` 不是可用的层级读法
    .hint = 写 `hierarchy: numbering` 确认按 一、(一) 1. (1) 读出的层级，或者写 `hierarchy: none` 表示没有层级

## 跨越序列各期的图表。

# 序列图表的各期表格跨越的期数超过图表能显示的上限。
series-chart-span = 序列 `{ $id }` 跨越 { $span } 期，超过了图表能显示的上限（{ $limit } 期）
    .hint = 请检查第一张和最后一张表的 `period:` 是否有笔误（例如把 2023-10 写成了 2203-10）
# 序列图表没有 `rows:`。
series-chart-no-rows = 序列 `{ $id }` 的图表必须写明要画哪些指标
    .hint = 请在 `rows:` 下列出它们（月报表中的行名）；每个指标都会画出各期的数值
# 序列图表指定的行在序列的任何一张表中都没有。
series-chart-no-row = 序列 `{ $id }` 的各张表中都没有行 `{ $row }`
    .hint = { $found ->
        [0] { $count ->
            [0] 序列的各张表中还没有任何行
           *[other] 请按表中的写法写行名，例如 `{ $first }`
        }
       *[other] 是不是要写 `{ $near }`？请按表中的写法写行名
    }
# 序列图表的 `y:` 指定的列在各张表中不是数字列。
series-chart-no-column = 序列 `{ $id }` 的各张表中没有数字列 `{ $column }`
    .hint = { $count ->
        [0] 序列的各张表中没有可以画图的数字列（整数、数值或百分比）；请在 `columns:` 下声明一列
       *[other] 请指定以下之一：{ $columns }
    }
