// Deriving a trait the macro derives itself; `PartialOrd` stays and works.
oauth_errors::oauth_error_table! {
    #[derive(Clone, PartialOrd, std::hash::Hash)]
    pub enum Provider {
        r"
        | code | description |
        | --- | --- |
        | 1 | one |
        | 2 | two |
        "
    }
}

fn main() {
    assert!(Provider::Code1 < Provider::Code2);
}
