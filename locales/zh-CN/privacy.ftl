## Messages of the privacy stage.

# 明细数据集公布最小值、最大值或中位数，这些就是某一个人自己的金额。
records-extreme = 统计项 `{ $measure }` 会公布某一个人自己的金额（最小值、最大值和中位数都是如此）
    .hint = 请改用 sum、mean 或 count；如果政策允许，也可以在 site.yaml 中设置 privacy.allow_extremes 并写明理由（此后只适用于至少有 privacy.min_cell 条记录的分组）
# 明细数据集的汇总表分组组合太多。
records-too-many-cells = 汇总表 `{ $table }` 会超过 { $limit } 个单元格：分组的组合太多
    .hint = 请按更少或更粗的列分组
# 明细数据集的合计或平均值太大，无法准确相加或显示。
records-too-large = 汇总表 `{ $table }` 中 `{ $measure }` 的 { $op } { $why ->
        [overflow] 太大，无法相加
       *[inexact] 太大，无法准确显示
    }
    .hint = 请检查记录中是否有输错的金额，或者换用更大的单位公布
# 明细数据集的汇总表要隐去的单元格太多，无法保护。
records-too-many-withheld = 这些汇总表在补充隐去之前就要隐去 { $count } 个单元格：超过 { $limit } 个，太多了，既难以保护，对读者也没有用处
    .hint = 请按更少或更粗的列分组，使大多数单元格至少有 privacy.min_cell 条记录
# 隐去的计数可以从其他公布的单元格推算出来，无法补充保护。
records-worked-out-count = 隐去的单元格可以从其他公布的单元格推算出来：汇总表 `{ $table }`，行 `{ $row }`，人数
    .hint = 请从这些记录中少公布几张表或用更粗的分组，或者调高 privacy.min_cell
# 隐去的合计可以从其他公布的单元格推算出来，无法补充保护。
records-worked-out-sum = 隐去的单元格可以从其他公布的单元格推算出来：汇总表 `{ $table }`，行 `{ $row }`，`{ $column }` 的合计
    .hint = 请从这些记录中少公布几张表或用更粗的分组，或者调高 privacy.min_cell
# 明细汇总表按一个几乎每人一个值的列分组。
records-row-per-person = 汇总表 `{ $table }` 按 `{ $column }` 分组，等于每人公布一行：{ $distinct } 个值中有 { $small } 个少于 { $min_cell } 条记录
    .hint = 请按更粗的列分组（乡镇、类别、年龄段），或者把这一列标为 `personal: true`
# 两个明细文件中的记录相同；两边公布的表可以相减推算。
records-same-roster = 此文件中的记录与 { $other } 相同：两边公布的汇总表可以相互加减推算
    .hint = 请把记录放在一个文件里，把所有汇总表都列在它的 `publish:` 下（每张表写 `id:`），这样它们会一并受到保护
# 在要公布的文字中发现并替换了个人信息（只报种类，不报具体内容）。
privacy-found = 发现并已替换个人信息：{ $kind }
    .hint = { $key ->
        [mobile] 请从源文件中删除它；如果这是公开号码（如热线电话），请把它加入 site.yaml 的 privacy.allow
        [landline] 请从源文件中删除它；如果这是公开号码（如热线电话），请把它加入 site.yaml 的 privacy.allow
        [roster_name] 请从源文件中删除这个姓名：明细数据集中的人员姓名一律不公布
        [marker] 请从源文件中删除这个编辑标记
        [credential] 请从源文件中删除密码或密钥，并立即更换：它可能已经泄露
       *[other] 请从源文件中删除它
    }
# 文件名中含有个人信息，会出现在网址中被公布。
privacy-file-name = 文件名中含有个人信息（{ $kind }），会出现在网址中被公布
    .hint = 请重命名这个文件
# 发布前的最后一道检查在输出文件名中发现了个人信息；什么也没有发布。
egress-file-name = 输出文件名中含有个人信息（{ $kind }），会出现在网址中被公布
    .hint = 它来自 { $source }（或主题）；请在那里改名。没有发布任何内容
# 发布前的最后一道检查在输出文件中发现了个人信息；什么也没有发布。
egress-found = 输出中仍有个人信息：{ $kind }
    .hint = 它来自 { $source }（或主题）；请在那里删除。没有发布任何内容
# 发布前的最后一道检查在附件（文档、图片或压缩包）中发现了个人信息；什么也没有发布。`places` 是文件中的位置（压缩包中的文件、页），`more` 是没有列出的位置数。
egress-attachment-found = 此文件中含有个人信息（{ $kinds }），位置：{ $places }{ $more ->
        [0] {""}
       *[other] ，另有 { $more } 处
    }
    .hint = 附件无法就地隐去个人信息，所以生成失败：请从文件中删除这些信息（图片还要删除其元数据），或者发布一个不含这些信息的版本，然后重新生成。没有发布任何内容
# privacy.reviewed 中列出的文件在审核后被改动过；什么也没有发布。
egress-reviewed-changed = 此文件在审核之后被改动过（privacy.reviewed 中记录的 sha256 是 { $listed }）
    .hint = 请检查新版本中有没有个人信息；如果没有，请把 site.yaml 中它的 sha256 改为 { $hash }。没有发布任何内容
# Sunlight 无法完整读取的文件（加密、损坏或格式未知），因而无法检查其中的个人信息；什么也没有发布。`why` 是位置和原因，`more` 是没有列出的数目。
egress-unread = Sunlight 无法完整读取此文件，所以不予发布：{ $why }{ $more ->
        [0] {""}
       *[other] ，另有 { $more } 处
    }
    .hint = 请改为发布文字版本（带文字层的 PDF、DOCX、XLSX、CSV），或者请人检查其中有没有个人信息，然后在 site.yaml 的 privacy.reviewed 下登记：{"{"}file: { $file }, sha256: { $hash }, reason: …{"}"}。没有发布任何内容
