// WeChat's getStableAccessToken table as copied from the rendered page: tab-separated, with
// the tab before an empty last cell lost in three rows. `tests/real_tables.rs` uses the table
// with the tabs put back.
oauth_errors::oauth_error_table! {
    pub enum WechatStableToken {
        include_str!("../tables/providers/wechat-getstableaccesstoken.tsv")
    }
}

fn main() {}
