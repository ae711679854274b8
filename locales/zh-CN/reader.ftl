## 生成器自己写进页面、给网站读者看的字词（主题自己的字词在 theme.ftl）。
## 中文页面用中文，其他语言的页面用英文。

# 每条面包屑导航的第一个链接，也是首页在搜索结果中的标题。
reader-home = 首页
# 数据目录页的标题、面包屑，以及搜索结果中数据集所属的栏目。
reader-catalogue = 数据目录
# 数据目录页的说明（<meta> 描述和订阅摘要）。
reader-catalogue-description = 本站发布的全部数据集，均可下载CSV和JSON格式。
# 表格或图表下方，数据集来源之前。
reader-source = 来源：
# 表格或图表下方，数据截止日期之前（“数据截至2024-06-30”）。
reader-as-of = 数据截至
# 表格或图表下方，指向数据集页面的链接。
reader-view-dataset = 查看数据集
# 404 页面的标题。
reader-not-found = 页面未找到
# 404 页面的正文。
reader-not-found-description = 您访问的页面不存在或已被移动。
# 没有数值的表格单元格或柱条（与短横线一起显示）。
reader-no-data = 无数据
# 因统计披露控制而隐去数值的单元格或柱条（与“*”一起显示）。
reader-suppressed = 为保护个人信息不予公布
# 图表图例中，单位之前。
reader-unit = 单位：
# 饼图表格中的合计行，以及由名册汇总的表格中的合计类别。
reader-total = 合计
# 承载图表数据的表格的标题，供看不到图表的读者使用。
reader-chart-data = 图表数据（表格）
# 图表下方下载链接之前。
reader-download-data = 下载数据：
# 指向图表 SVG 文件的链接。
reader-chart-image = SVG图片
# 搜索页的标题。
reader-search = 搜索
# 搜索页的说明。
reader-search-description = 搜索本站的全部页面和数据集。
# 搜索框的标签。
reader-search-label = 搜索本站
# 搜索按钮。
reader-search-button = 搜索
# 浏览器不运行 JavaScript 时搜索页显示的话。
reader-search-no-script = 站内搜索需要浏览器运行JavaScript，当前无法使用。您可以在网站地图中按栏目查看全部页面和数据集。
# 正在搜索时显示。
reader-search-loading = 正在搜索……
# 搜索结果上方；浏览器填入结果数（n）和搜索的词（q）。
reader-search-found = “{ $q }”共找到 { $n } 个结果
# 没有找到结果时；浏览器填入搜索的词（q）。
reader-search-none = 没有找到与“{ $q }”相关的页面。请换一个词试试，或查看网站地图。
# 搜索索引无法下载时。
reader-search-failed = 搜索索引未能加载，请稍后再试，或查看网站地图。
# 搜索结果下方、显示后面结果的按钮。
reader-search-more = 显示更多结果
# 网站地图页的标题。
reader-sitemap = 网站地图
# 网站地图页的说明。
reader-sitemap-description = 本站全部页面和数据集，按栏目排列。
# 既没有主题、也没有页面引用的数据集，在数据目录中归入这一组。
reader-other-data = 其他数据
# 标记了 `example: true` 的数据集在数据目录中的分组。
reader-example-data = 示例数据（虚构，用于演示）
# 由名册汇总的表格中，类别值为空的行或列。
reader-blank = （空）
# 由名册汇总、有数值被隐去的表格的脚注（min：privacy.min_cell）。
reader-note-withheld = “*”表示为保护个人信息而不予公布的数值：由少于{ $min }条记录得出、或大部分来自一两条记录的单元格，以及可据以推算出这些数值的单元格。
# 与其他表格由同一份名册汇总的表格的脚注（tables：那些表格的名称，每个按 reader-note-table 写出；英文还用到表格个数 count）。
reader-note-protected-together = 本表与{ $tables }由同一份名册汇总，隐去的单元格是一并选定的，无法通过几张表相互加减推算出来。
# reader-note-protected-together 中提到的一张表格（中文页面用表格标题）。
reader-note-table = 《{ $table }》
# 由名册汇总的表格中，`publish` 未给出 label 的 `count` 统计量的表头。
reader-measure-count = 记录数
# `publish` 未给出 label 的某列统计量的表头（column：该列的标签；op：下面某个 reader-measure 词）。
reader-measure-of-column = { $column }{ $op }
# reader-measure-of-column 中的统计方式：`sum`。
reader-measure-sum = 合计
# reader-measure-of-column 中的统计方式：`mean`。
reader-measure-mean = 平均
# reader-measure-of-column 中的统计方式：`min`。
reader-measure-min = 最低
# reader-measure-of-column 中的统计方式：`median`。
reader-measure-median = 中位数
# reader-measure-of-column 中的统计方式：`max`。
reader-measure-max = 最高
# 公开文件信息：索引号一栏的标题。
reader-doc-index-no = 索引号
# 公开文件信息：主题分类一栏的标题。
reader-doc-topic = 主题分类
# 公开文件信息：发文机关一栏的标题。
reader-doc-issuer = 发文机关
# 公开文件信息：文号一栏的标题。
reader-doc-number = 文号
# 公开文件信息：成文日期一栏的标题。
reader-doc-written = 成文日期
# 公开文件信息：发布日期一栏的标题。
reader-doc-published = 发布日期
# 公开文件信息：有效性一栏的标题。
reader-doc-validity = 有效性
# 信息公开目录：没有注明主题分类的文件归入的分类。
reader-other-topic = 其他
# 信息公开目录：没有日期的文件归入的年份分组。
reader-undated = 未注明日期
# 信息公开目录：某一年的分组名称（year：四位年份）。
reader-year = { $year }年
# 订阅（atom.xml）：更正内容之前。
reader-feed-correction = 更正：
# 订阅：带原因的更正（what：更正内容；why：原因）。
reader-feed-correction-why = { $what }（原因：{ $why }）
# 重点数据卡片：数值下方的截止日期（date：已写好的日期）。
reader-tile-as-of = 截至{ $date }
# 正文中数字的来源说明：所属数据集、行和列。
reader-figure-note = { $dataset }：{ $row }，{ $column }。
# 来源说明：数据截止日期（date：已写好的日期）。
reader-figure-note-as-of = 数据截至{ $date }。
# 来源说明：数据集的来源。
reader-figure-note-source = 来源：{ $source }。
# 数字后面打开来源说明的按钮的无障碍名称。
reader-figure-source-button = 来源
# 该按钮上显示的一个字。
reader-figure-source-glyph = 源
# 两个紧挨着写的数字之间（3815户、5829人）。
reader-between-figures = 、
# 数字的变化：对比的时期没有数值（name：比较方式，如“环比”；英文还用到对比的时期 period）。
reader-change-no-figure = { $name }：{ $period }无可比数据
# 数字的变化：对比时期的数值为0，无法计算增幅。
reader-change-from-zero = { $name }：{ $period }为0，无法计算增幅
# 数字的变化：保留一位小数后相同。
reader-change-same = { $name }持平
# 数字的变化：增长的百分比（shown：一位小数）。
reader-change-up = { $name }增长{ $shown }%
# 数字的变化：下降的百分比（shown：一位小数）。
reader-change-down = { $name }下降{ $shown }%
# 百分比的变化：上升的百分点（shown：一位小数）。
reader-change-up-points = { $name }上升{ $shown }个百分点
# 百分比的变化：下降的百分点（shown：一位小数）。
reader-change-down-points = { $name }下降{ $shown }个百分点
# 比较方式：与上一期相比。
reader-change-on-previous = 环比
# 比较方式：与上年同期相比。
reader-change-on-year-ago = 同比
# 比较方式：年度表与上一年相比。
reader-change-on-year = 比上年
# 页面中图表的编号，ref() 的链接和图表标题都用它。
reader-figure-number = 图{ $number }
# 页面中表格的编号，ref() 的链接和表格标题都用它。
reader-table-number = 表{ $number }
# 被更正的数字的标记之后、供读屏软件朗读：更正日期（date：已写好的日期）。
reader-corrected = 此数字于{ $date }更正
# 同上，并写出原来的数值（previous：带单位的原值）。
reader-corrected-was = 此数字于{ $date }更正，原为{ $previous }
# 被更正的数字之后的标记，链接到数据集的更正说明。
reader-corrected-mark = 更正
# 标签与后文之间的冒号，在标记之后供读屏软件朗读。
reader-colon = ：
# 长栏目列表第二页起的标题（page：页码）。
reader-list-page-title = { $title }（第{ $page }页）
# 标记表格合计行的 CSV 列名（datapackage.json 中同名字段）。
reader-total-row-column = 合计行
# 合计行在该列中的值。
reader-total-row-yes = 是

## 图表的说明（它的 `<desc>`，供读屏软件朗读，以及图下的文字）：数字之间的文字。数字（`value`、`total`、`difference`）已按页面语言写好；`category` 是数据中图表类别的名称。

# 图表的类型，说明的第一个词。
reader-chart-kind = { $kind ->
        [bar] 柱状图
        [grouped-bar] 分组柱状图
        [stacked-bar] 堆积柱状图
        [line] 折线图
        [pie] 饼图
        [donut] 环形图
       *[figure] 关键数字
    }
# 按单位分成几幅小图的图表（kind：图表类型；units：各单位）。
reader-chart-panels = { $kind }，按单位分为{ $count }幅小图（{ $units }），各有自己的数轴
# 百分比的变化，以百分点计。
reader-chart-points = { $points }个百分点
# 柱状图或折线图有几个类别。
reader-chart-items = 共{ $count }项
# 饼图有几块，以及它们的合计。
reader-chart-parts = 共{ $count }部分，合计{ $total }
# 一个系列的合计。
reader-chart-total = 合计{ $total }
# 一个系列中没有数字的类别（列出）。
reader-chart-no-data = { $categories }无数据
# 饼图中最大的一块，及其占整体的比例。
reader-chart-largest-slice = { $category }最大，{ $value }，占{ $share }%
# 饼图中最小的一块，及其占整体的比例。
reader-chart-smallest-slice = { $category }最小，{ $value }，占{ $share }%
# 一个系列中最高的数字。
reader-chart-highest = 最高为{ $category }，{ $value }
# 一个系列中最低的数字。
reader-chart-lowest = 最低为{ $category }，{ $value }
# 时间序列的第一个和最后一个数字相同。
reader-chart-unchanged = { $from }和{ $to }均为{ $value }
# 时间序列从第一个到最后一个数字的变化（direction：up 或 down；rate：reader-chart-rate，或者为空）。
reader-chart-change = 从{ $from }的{ $from_value }变为{ $to }的{ $to_value }，{ $direction ->
        [up] 增加
       *[down] 减少
    }{ $difference }{ $rate }
# reader-chart-change 之后的相对变化（percent：一位小数）。
reader-chart-rate = （{ $direction ->
        [up] 增长
       *[down] 下降
    }{ $percent }%）
# 关键数字比所比较的数字增长，写在箭头之后（label：所比较数字的标签，如 2022年）。
reader-key-figure-up = 较{ $label }增长{ $percent }%
# 关键数字比所比较的数字下降，写在箭头之后。
reader-key-figure-down = 较{ $label }下降{ $percent }%
# 关键数字与所比较的数字相同（保留一位小数）。
reader-key-figure-same = 较{ $label }持平
