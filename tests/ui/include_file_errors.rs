// Errors in a table kept in a file name the file's own lines.
oauth_errors::oauth_error_table! {
    pub enum QqError {
        include_str!("../tables/broken.md")
    }
}

fn main() {
    let _ = QqError::Code100014.description();
}
