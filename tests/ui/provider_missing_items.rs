// A provider declaration without its tables and its wire format.
pub enum Feishu {}

impl oauth_errors::Provider for Feishu {
    const NAME: &'static str = "Feishu";
}

fn main() {}
