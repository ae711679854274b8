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
cell-integer-too-large = 整数列 `{ $column }` 中的 `{ $value }` 位数太多，无法准确保存
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
# value()、关键数字或图表用一个名称指定行，而表中有多行在不同上级指标下同名。
value-row-repeated = `{ $dataset }` 中有多行名为 `{ $row }`，分属不同的上级指标
    .hint = 请连同上级指标写出要用的那一行，表中的行名是：{ $rows }（例如 "{ $first }"）
