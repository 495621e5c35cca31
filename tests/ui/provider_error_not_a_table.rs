// A provider whose tables are not tables of `oauth_error_table!`.
use oauth_errors::{Provider, WireFormat};

pub enum Feishu {}

impl Provider for Feishu {
    const NAME: &'static str = "Feishu";
    type Error = u32;
    type ApiError = String;
    const FORMAT: WireFormat = WireFormat::new().code(&["code"]);
}

fn main() {}
