## 命令行在各条诊断信息前后打印的行。

# 生成或检查失败时的最后一行。
run-failed = sunlight：共 { $errors } 个错误，没有写入任何文件
# 生成成功时的最后一行。
run-built = 生成完成：{ $pages } 个页面、{ $datasets } 个数据集、{ $charts } 张图表、{ $files } 个文件；发现并替换个人信息 { $detections } 处，隐去单元格 { $suppressed } 个，警告 { $warnings } 条；用时 { $ms } 毫秒
# 检查成功时的最后一行。
run-checked = 检查完成：{ $pages } 个页面、{ $datasets } 个数据集、{ $charts } 张图表、{ $files } 个文件；发现个人信息 { $detections } 处，隐去单元格 { $suppressed } 个，警告 { $warnings } 条；用时 { $ms } 毫秒
