//! A record's number (an ID number whose check character is wrong, so no pattern detector takes it, or a
//! service number of a person) in a file that holds no Chinese character at all: a `.txt` note, a `.json` export, a
//! `.csv` table, an English page. It is the record's as much as in a Chinese page, and must be caught there too.
//! The values are fictional.

mod common;

use std::fs;

use common::{fixture, stderr, sunlight, tree};

/// 18 digits born 1899-01-01 whose last digit is not the GB 11643 check character.
const ID: &str = "110105189901010007";
const SERVICE_NO: &str = "990042731";

fn site() -> tempfile::TempDir {
    let dir = fixture("basic");
    let root = dir.path();
    let first = root.join("content/news/first.md");
    let text = fs::read_to_string(&first).unwrap_or_default();
    fs::write(&first, text.replace("##paidbegin##", "")).unwrap();
    let mut records = String::from(
        "title: 名册\nkind: records\ncolumns:\n  - {key: name, label: 姓名, personal: true}\n  \
         - {key: idno, label: 证件号, personal: true}\n  - {key: town, label: 乡镇}\n\
         publish:\n  group_by: [town]\n  measures:\n    persons: count\nrecords:\n",
    );
    for i in 0..12 {
        let idno = match i {
            0 => ID.to_string(),
            1 => SERVICE_NO.to_string(),
            _ => format!("1101051899010100{i:02}"),
        };
        records.push_str(&format!(
            "  - {{name: 欧阳{i}, idno: '{idno}', town: 甲镇}}\n"
        ));
    }
    fs::write(root.join("data/people.yaml"), records).unwrap();
    fs::create_dir_all(root.join("static")).unwrap();
    fs::write(root.join("static/note.txt"), format!("ref {ID} end\n")).unwrap();
    fs::write(
        root.join("static/export.json"),
        format!("{{\"k\":\"{SERVICE_NO}\"}}"),
    )
    .unwrap();
    let spaced = format!("{} {} {}", &ID[..6], &ID[6..14], &ID[14..]);
    fs::write(
        root.join("static/list.csv"),
        format!("no,town\n{spaced},A\n"),
    )
    .unwrap();
    dir
}

#[test]
fn a_record_number_in_a_file_without_chinese_is_caught() {
    let dir = site();
    let out = sunlight(dir.path(), &["build", "--strict"]);
    let err = stderr(&out);
    assert_eq!(out.status.code(), Some(1), "{err}");
    for file in ["static/note.txt", "static/export.json", "static/list.csv"] {
        assert!(err.contains(file), "{file} not named: {err}");
    }
    assert!(
        !err.contains(ID) && !err.contains(SERVICE_NO),
        "a value in the log"
    );

    let out = sunlight(dir.path(), &["build"]);
    let err = stderr(&out);
    assert!(
        !err.contains(ID) && !err.contains(SERVICE_NO),
        "a value in the log"
    );
    if out.status.success() {
        for (path, bytes) in tree(&dir.path().join("public")) {
            let text = String::from_utf8_lossy(&bytes).replace(' ', "");
            assert!(
                !text.contains(ID) && !text.contains(SERVICE_NO),
                "published in {path}"
            );
        }
    }
}
