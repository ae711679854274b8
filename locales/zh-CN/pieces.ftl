## 插入其他消息中的片段（作为其参数之一，例如原因列表或缺少的部分），因此没有自己的提示。

## 附件为什么无法完整读取：`egress-unread` 列出的原因。每条都接在“Sunlight 无法完整读取此文件，所以不予发布：……”之后，前面是它所涉及的文件部分。

# 解压后会超过 200 MB 的上限（压缩炸弹也是这样）。
unread-too-large = 解压后超过 200 MB，不予处理（压缩炸弹也是这个样子）
# 压缩包或文档层层嵌套，超过了允许的层数。
unread-too-deep = 文件套文件超过了 { $limit } 层，不予处理
# 读取这种格式的程序处理它时出错。
unread-parser-failed = 无法解析（读取这种格式的程序处理它时出错）
# 主题以外的字体文件。
unread-font = 这是字体文件（{ $format }）；字体只有作为主题的一部分才能不经审核发布
# 图片，可能是扫描的文件。
unread-image = 这是图片（{ $format }），可能是 Sunlight 无法读取的扫描件
# 旧版二进制 Office 文件。
unread-legacy-office = 这是旧版 Office 文档（.doc、.xls、.ppt 或 .wps），Sunlight 无法读取；请另存为 DOCX、XLSX 或 PDF
# RAR 或 7z 压缩包。
unread-rar = 这是 RAR 或 7z 压缩包，Sunlight 无法打开；请改为发布 ZIP
# bzip2、xz 或 zstd 压缩文件。
unread-compressed = 压缩格式（bzip2、xz 或 zstd）Sunlight 无法打开；请改为发布 ZIP 或 gzip
# tar 归档文件。
unread-tar = 这是 tar 归档文件，Sunlight 无法打开；请改为发布 ZIP
# 格式不明的二进制数据。
unread-binary = 这是 Sunlight 无法当作文字读取的二进制数据
# 损坏的 ZIP 文件。
unread-zip-damaged = 看起来是 ZIP 文件，但无法打开（已损坏，或者是 Sunlight 不认识的格式）
# 文件过多的 ZIP。
unread-zip-too-many = 其中的文件超过 { $limit } 个，不予处理
# ZIP 中加了密的文件。
unread-encrypted = 已加密，Sunlight 无法读取
# ZIP 中无法解压的文件。
unread-entry-damaged = 无法解压（已损坏，或者用了未知的压缩方式）
# 损坏的 gzip 文件。
unread-gzip-damaged = 看起来是 gzip 文件，但无法解压
# 编码文件过多的 vCard 或 iCalendar 文件。
unread-directory-too-many = 其中编码的文件超过 { $limit } 个，不予处理
# 无法解码的 base64 值。
unread-base64 = 其中的 base64 值无法解码
# 提前结束的 PNG 文件。
unread-png-short = PNG 文件不完整
# PNG 中无法解压的压缩文字。
unread-png-text = 其中压缩的文字无法解压
# 损坏的 JPEG 文件。
unread-jpeg-damaged = JPEG 文件已损坏
# 提前结束的 JPEG 文件。
unread-jpeg-short = JPEG 文件不完整
# 无法解析的 MIME 文档（MHT、EML）。
unread-mime-damaged = 看起来是 MIME 文档（MHT、EML），但无法解析
# 部分过多的 MIME 文档。
unread-mime-too-many = 其中的部分超过 { $limit } 个，不予处理
# MIME 文档中无法解码的部分。
unread-mime-part = 这一部分无法解码
# XLSX 中不是规范 XML 的工作表。
unread-sheet-xml = 这个工作表不是规范的 XML，无法读取
# Office 文件中不是规范 XML 的部分。
unread-part-xml = 这一部分不是规范的 XML，无法读取
# 公式没有保存结果、也无法在此计算的电子表格单元格。
unread-formula = 其公式没有保存计算结果，且引用了 Sunlight 无法计算的单元格或函数，无法读取单元格显示的内容；请用电子表格软件打开并保存该文件（保存时会写入计算结果）
# 加密的 PDF。
unread-pdf-encrypted = 这是加密的 PDF，Sunlight 无法读取
# 损坏的 PDF。
unread-pdf-damaged = 看起来是 PDF，但无法解析（可能已损坏）
# 增量更新过多的 PDF。
unread-pdf-versions = 其中的版本（增量更新）超过 { $limit } 个，不予处理
# PDF 中用了没有字符映射表的字体的文字。
unread-pdf-no-unicode = 其中有文字用了没有字符映射表（ToUnicode）的字体，Sunlight 无法读取这些文字
# 无法解压的 PDF 数据流。
unread-pdf-stream = 其中的内容无法解压（可能已损坏，或使用了 Sunlight 不支持的压缩过滤器）
# 显示图片的 PDF 页面。
unread-pdf-image = 其中显示了一张图片，可能是 Sunlight 无法读取的扫描件
# 只有图形、没有文字层的 PDF 页面。
unread-pdf-outlines = 其中有图形却没有文字层（文字被转成轮廓时就是这样）
# RTF 文档中的二进制数据。
unread-rtf-binary = 其中有 Sunlight 无法读取的二进制数据（\bin）
# RTF 文档中的图片。
unread-rtf-picture = 其中显示了一张图片，可能是 Sunlight 无法读取的扫描件
# RTF 文档中的嵌入对象。
unread-rtf-object = 其中有 Sunlight 无法读取的嵌入对象
# A static page or style sheet loads a font of its own, which could draw letters as digits.
unread-own-font = 其中自带字体（`@font-face` 或 SVG 字体），字体可以把字母画成别的字母或数字，隐私检查看不到；请使用主题自带的字体
# 用 CSS `content:` 往页面上写数字的样式表。
unread-css-digits = 其中的样式表用 CSS `content:` 往页面上写数字，隐私检查无法把这些数字和旁边的文字放在一起检查；请把数字直接写在页面中
# 用 CSS `content: attr()` 把属性值显示在页面文字旁边的样式表。
unread-css-attr = 其中的样式表用 CSS `content: attr(…)` 把属性值显示在页面上，隐私检查无法把它们和旁边的文字放在一起检查；请把文字直接写在页面中
# `egress-unread` 列表中的一个位置及其原因。
unread-at = { $place }：{ $reason }

## 译文中仍是默认语言的部分：`translation-partial` 列出的各项。

# 数据集或图表中没有译文的文字：标题、说明、来源、主题、副标题、注释、单位或 figure 的比较标签。
translation-part-word = { $part ->
        [title] 标题
        [description] 说明
        [source] 来源
        [topic] 主题
        [subtitle] 副标题
        [note] 注释
        [unit] 单位
       *[compare] 比较标签
    }
# 没有译文的列标签或单位。
translation-part-columns = { $count } 个列标签或单位（{ $columns }）
# 表中没有译文的文字（行名、文字单元格）；`line` 是第一处所在的行，不知道时为 0。
translation-part-texts = 表中的 { $count } 处文字{ $line ->
        [0] {""}
       *[other] （第一处在第 { $line } 行）
    }

## 附件中读到某一部分的位置：`egress-attachment-found` 和 `unread-at` 列出的位置。文件本身给出的名称（压缩包中的文件路径、工作表名、PNG 数据块的关键字）是参数，照文件原样显示；数字是 Sunlight 自己的计数。

# 一个位置在另一个位置之中：ZIP 中的文件，附件 PDF 中的一页。
place-inside = { $outer } › { $inner }
# PDF 的一页。
place-page = 第 { $page } 页
# 文本文件中的 `data:` URI，按序号。
place-data-uri = 第 { $n } 个 data: URI
# PDF 页面或外观的替代文字（ActualText、Alt）；`place` 是那一页。
place-alt-text = { $place }的替代文字
# PDF 页面上叠在其他文字上面的文字，再读一遍。
place-drawn-over = { $place }叠在其他文字上的文字
# 按绘制顺序排列的 PDF 页面文字（复制粘贴得到的就是这个顺序）。
place-drawn-order = { $place }按绘制顺序排列的文字
# PDF 中表单域或批注的外观，按对象编号。
place-pdf-appearance = 表单域或批注的外观（对象 { $object }）
# `%PDF-` 文件头之前的字节：阅读器会跳过，但文件里仍有。
place-pdf-before = PDF 开头之前的数据
# 最后一个 `%%EOF` 之后的字节：阅读器会跳过，但文件里仍有。
place-pdf-after = PDF 结尾（%%EOF）之后的数据
# PDF 中 XFA 表单的数据。
place-xfa = XFA 表单数据
# 以增量更新方式保存的 PDF 的早先版本。
place-pdf-version = 文档的第 { $n } 个早先版本
# 没有列在任何交叉引用表中的 PDF 对象。
place-pdf-unlisted = 未列入交叉引用表的对象
# PDF 中的 JavaScript 动作。
place-javascript = JavaScript 脚本
# PDF 的文档信息字典。
place-pdf-info = 文档信息（标题、作者等）
# PDF 中的其他所有字符串。
place-pdf-other = 书签、批注、表单域和其他文字
# PDF 中存放元数据或附加文件的数据流。
place-embedded-stream = 嵌入的数据流
# 附在 PDF 中的文件。
place-embedded-file = 嵌入的文件
# XMP 元数据（PDF 或 JPEG 中）。
place-xmp = XMP 元数据
# 图片的 EXIF 元数据。
place-exif = EXIF 元数据
# 压缩包中各文件的名称。
place-entry-names = 其中各文件的名称
# ZIP 中名称无法读取的文件，按序号。
place-entry-number = 第 { $n } 个文件
# ZIP 中的注释和原始文件名。
place-zip-header = ZIP 中记录的注释和文件名
# gzip 文件解压后的内容。
place-unpacked = 解压后
# gzip 文件的文件头。
place-gzip-header = gzip 文件头中的文件名和注释
# vCard 或 iCalendar 文件中的 base64 值，按属性名（`PHOTO`、`X-DOC`）。
place-property-value = { $property } 的值
# vCard 或 iCalendar 文件的文字：折行已合并，值已解码。
place-unfolded = 合并折行并解码后的文字
# 按自身 DTD 声明展开实体后的 XML 文件。
place-entities-expanded = 按其 DTD 声明展开实体后的内容
# 文本文件中有 +…- 标记时，按 UTF-7（RFC 2152）解码后再读一遍。
place-utf7-decoded = 按 UTF-7 解码后的内容
# 文本文件中有 ~{…~} 标记时，按 HZ（RFC 1843）解码后再读一遍。
place-hz-decoded = 按 HZ（GB2312）解码后的内容
# 在字体数据中找到的文字。
place-font-text = 字体数据中的文字
# 在未知格式的数据中找到的文字。
place-binary-text = 二进制数据中的文字
# 在图片数据中找到的文字。
place-image-text = 图片数据中的文字
# PNG 图片的文字数据块，按类型（`tEXt`）和关键字。
place-png-chunk = PNG 的 { $chunk } 数据块“{ $key }”
# JPEG 图片的注释。
place-jpeg-comment = JPEG 注释
# JPEG 图片的应用数据段，按编号。
place-jpeg-segment = JPEG 的 APP{ $n } 数据段
# MIME 文档（MHT、EML）中某一部分的头部。
place-mime-headers = 头部信息
# MIME 文档中的一部分，按序号。
place-mime-part = 第 { $n } 部分
# MIME 文档中没有文件名的那一部分的正文。
place-mime-body = 正文
# XLSX 文件中没有任何单元格使用的共享字符串，按序号。
place-unused-string = xl/sharedStrings.xml 中的第 { $n } 个字符串（没有单元格使用）
# PPTX 文件的一张幻灯片。
place-slide = 第 { $slide } 张幻灯片
# PPTX 文件中一张幻灯片的备注。
place-slide-notes = 第 { $slide } 张幻灯片的备注
# DOCX 或 XLSX 文件的一个部分，按它是什么和它在文件中的路径。
place-office-part = { $what ->
        [body] 正文
        [properties] 文档属性
        [header] 页眉
        [footer] 页脚
        [comments] 批注
        [notes] 脚注和尾注
       *[pivot-cache] 数据透视表缓存
    }（{ $part }）
# 工作簿中隐藏的工作表，按名称。
place-hidden-sheet = { $sheet }（隐藏）
# 工作表的一个单元格：工作表名和单元格（`名单!C3`）。
place-cell = { $sheet }!{ $cell }
# CSV 或 TSV 文件一条记录中相邻的字段，按电子表格打开时的名称（`B2:C2`）。
place-cells = 字段 { $first }:{ $last }
# 工作表单元格以外的页眉、页脚和其他文字。
place-sheet-other = { $sheet }（页眉、页脚和其他文字）
# RTF 文档的文字。
place-rtf-text = 文档文字
# RTF 文档的文字，另按中文编码 GB18030 读取一遍。
place-rtf-gb18030 = 文档文字（按 GB18030 读取）

## 没有自己缩写的图片类型，用在 `unread-image` 中。

# 图标文件（.ico、.cur）。
image-format-icon = 图标
# HEIF 或 AVIF 图片，或同一封装格式的视频。
image-format-heif = HEIF、AVIF 图片或视频

## 由几部分组成的名称。

# 名册数据集公开表格中的一行：按各分组列的取值，或“合计”“（空）”，用在 `records-worked-out-count` 和 `records-worked-out-sum` 中。
records-row-path = { $outer } / { $inner }
# 静态页面自己的 CSS（style 属性或 <style> 规则）以隐私检查无法跟踪的方式移动或隐藏文字。
unread-css-layout = 其中自己的 CSS（第 { $line } 行）以隐私检查无法跟踪的方式移动或隐藏文字（定位、变换、命名网格区域、竖排，或只选中所写元素中一部分的规则，如 `:nth-child`、`p > span`）；请使用普通的类名，并按书写顺序排列文字
