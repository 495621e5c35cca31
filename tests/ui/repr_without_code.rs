// A `#[repr]` on a table without a code column.
oauth_errors::oauth_error_table! {
    #[repr(u16)]
    pub enum Ids {
        r"
        | error | description |
        | --- | --- |
        | busy | 系统繁忙 |
        "
    }
}

fn main() {}
