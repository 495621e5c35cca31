// A table file that does not exist: the error names the path as written and the path tried.
oauth_errors::oauth_error_table! {
    pub enum Provider {
        include_str!("../tables/does-not-exist.md")
    }
}

fn main() {}
