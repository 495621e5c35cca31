// Name cells that cannot name a variant.
oauth_errors::oauth_error_table! {
    pub enum QqError {
        r"
        | code | name | description |
        | --- | --- | --- |
        | 100014 | access_token_expired | access token过期。 |
        | 100015 | Self | access token废除。 |
        | 100016 | 验证失败 | access token验证失败。 |
        | 100020 | r#CodeReused | code被重复使用。 |
        "
    }
}

fn main() {}
