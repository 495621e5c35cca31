// `cfg_attr` around attributes the macro reads itself, or around a derive it makes.
oauth_errors::oauth_error_table! {
    #[cfg_attr(all(), repr(u8), derive(Debug))]
    #[cfg_attr(all(), cfg_attr(all(), oauth_errors(crate = oauth_errors)))]
    pub enum Provider {
        r"
        | code | description |
        | --- | --- |
        | 1 | one |
        "
    }
}

fn main() {}
