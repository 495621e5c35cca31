// Deriving serde's traits: the macro implements them itself, with the `serde` feature.
oauth_errors::oauth_error_table! {
    #[derive(Serialize, serde::Deserialize, PartialOrd)]
    pub enum Provider {
        r"
        | code | error | description |
        | --- | --- | --- |
        | 1 | busy | 系统繁忙 |
        "
    }
}

fn main() {}
