// A column named `code` (here `Error Code`, as Microsoft's table heads it) that holds error ids.
oauth_errors::oauth_error_table! {
    pub enum Entra {
        r"
        | Error Code | Description |
        |------------|-------------|
        | `invalid_request` | Protocol error, such as a missing required parameter. |
        | `invalid_grant` | Some of the authentication material was invalid. |
        "
    }
}

fn main() {}
