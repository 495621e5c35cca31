// DingTalk's global return codes as published (role keywords added to the header): the row of
// `60107` appears twice. `tests/real_tables.rs` uses the table without the second one.
oauth_errors::oauth_error_table! {
    pub enum DingTalk {
        include_str!("../tables/providers/dingtalk-global.md")
    }
}

fn main() {}
