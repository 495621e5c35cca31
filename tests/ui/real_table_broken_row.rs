// Feishu's `user_access_token` errors as published (a Markdown copy of the page; role keywords
// added to the header): one cell goes on past a hard line break onto a line without pipes.
// `tests/real_tables.rs` uses the table with that line joined to its row.
oauth_errors::oauth_error_table! {
    pub enum FeishuToken {
        include_str!("../tables/providers/feishu-oauth.md")
    }
}

fn main() {}
