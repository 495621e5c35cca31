// `include_str!` takes the path as one string literal.
oauth_errors::oauth_error_table! {
    pub enum NoPath {
        include_str!()
    }
}

oauth_errors::oauth_error_table! {
    pub enum NotALiteral {
        include_str!(concat!("tables/", "qq.md"))
    }
}

oauth_errors::oauth_error_table! {
    pub enum NoParentheses {
        include_str!
    }
}

fn main() {}
