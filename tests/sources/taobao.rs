//! Taobao's tables against the copies of TOP's published tables under `tests/data/taobao`, read
//! with the independent reader: each row's texts are those of the copy its note names.

use oauth_errors::{Kind, TaobaoApiError, TaobaoError, taobao::TaobaoApiSubError};
use oauth_errors_tests::data_rows;

const V2013: &str = include_str!("../data/taobao/top-platform-codes-2013.md");
const V2011: &str = include_str!("../data/taobao/top-platform-codes-2011.md");
const V2009: &str = include_str!("../data/taobao/top-platform-codes-2009.md");
const GO: &str = include_str!("../data/taobao/top-errorcode-go.md");
const SUB_CODES: &str = include_str!("../data/taobao/top-isv-permission-subcodes.md");
const FAQ: &str = include_str!("../data/taobao/oauth-faq-errors.md");
/// The crate's table, for each row's note (which says which copy the row's text is from).
const TABLE: &str = include_str!("../../oauth-errors/src/providers/taobao/platform.md");

/// The row of `code` in a copy whose first cell is the code.
fn row(copy: &str, header: &str, code: i32) -> Option<Vec<String>> {
    data_rows(copy, header)
        .into_iter()
        .find(|cells| cells[0] == code.to_string())
}

#[test]
fn every_platform_code_is_its_copys() {
    let notes: Vec<(i32, String)> = data_rows(TABLE, "| 错误码(code)")
        .into_iter()
        .map(|cells| (cells[0].parse().unwrap(), cells[5].clone()))
        .collect();
    assert_eq!(notes.len(), TaobaoApiError::ALL.len());
    assert_eq!(notes.len(), 32);
    for (error, (code, note)) in TaobaoApiError::ALL.iter().zip(&notes) {
        assert_eq!(error.code(), *code);
        let (zh, en) = if note.contains("Text: 2013 copy") {
            let cells = row(V2013, "| 错误码 |", *code).expect("the 2013 row");
            (cells[2].clone(), Some(cells[1].clone()))
        } else if note.contains("Text: 2011 copy") {
            let cells = row(V2011, "| 错误码 |", *code).expect("the 2011 row");
            (cells[2].clone(), Some(cells[1].clone()))
        } else if note.contains("Text: 2009 list") {
            let cells = row(V2009, "| 错误码 |", *code).expect("the 2009 row");
            (cells[2].clone(), Some(cells[1].clone()))
        } else {
            assert!(note.contains("Text: Go copy"), "{code}: {note}");
            let cells = row(GO, "| 错误码 |", *code).expect("the Go row");
            // White space around a text is not part of it.
            let zh = cells[2].split(", ").next().unwrap().trim().to_owned();
            // The Go copy has no English; where the row has one, it is the 2009 list's.
            let en = note
                .contains("English from the 2009 list")
                .then(|| row(V2009, "| 错误码 |", *code).expect("the 2009 row")[1].clone());
            (zh, en)
        };
        assert_eq!(error.description(), zh, "{code}");
        match en {
            Some(en) => assert_eq!(error.description_en(), Some(en.as_str()), "{code}"),
            None => assert_eq!(error.description_en(), None, "{code}"),
        }
        assert_ne!(error.kind(), Kind::Unknown, "{code}");
    }
}

#[test]
fn the_sub_codes_and_the_oauth_id_are_their_copies() {
    let rows = data_rows(SUB_CODES, "| sub_code |");
    assert_eq!(rows.len(), TaobaoApiSubError::ALL.len());
    for cells in rows {
        let error = TaobaoApiSubError::from_error(&cells[0]).unwrap();
        assert_eq!(error.description(), cells[1]);
        assert_eq!(error.category(), 11);
    }
    let rows = data_rows(FAQ, "| error |");
    let description = &rows
        .iter()
        .find(|cells| cells[1].contains("authorize code"))
        .unwrap()[1];
    assert_eq!(TaobaoError::InvalidClient.description(), description);
    assert_eq!(TaobaoError::ALL.len(), 1);
}
