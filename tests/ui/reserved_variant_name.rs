// A `name` cell that takes a name the generated API has for itself (`E::ALL`).
oauth_errors::oauth_error_table! {
    pub enum Provider {
        r"
        | code | name | description |
        | --- | --- | --- |
        | 1 | ALL | every permission was refused |
        | 2 | Some | some permissions were refused |
        "
    }
}

fn main() {
    // The constant keeps its meaning: every variant.
    assert_eq!(Provider::ALL.len(), 1);
}
