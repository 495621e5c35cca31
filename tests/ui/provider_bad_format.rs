// Wire formats that cannot read an error: no code or error id field, an API code field that is
// not a code field, and a success code with no code field to hold it. `ProviderErrorResponse` checks its provider's format when it is built (`cargo
// build`, where the response is read); `validate` in a constant shows the same message at
// `cargo check`.
use oauth_errors::{Provider, WechatError, WireFormat};

pub enum NoFields {}

impl Provider for NoFields {
    const NAME: &'static str = "NoFields";
    type Error = WechatError;
    type ApiError = core::convert::Infallible;
    const FORMAT: WireFormat = WireFormat::new().message(&["errmsg"]);
}

const _: () = NoFields::FORMAT.validate();

pub enum ApiCodeNotACode {}

impl Provider for ApiCodeNotACode {
    const NAME: &'static str = "ApiCodeNotACode";
    type Error = WechatError;
    type ApiError = core::convert::Infallible;
    const FORMAT: WireFormat = WireFormat::new().code(&["errcode"]).api_code(&["ret"]);
}

const _: () = ApiCodeNotACode::FORMAT.validate();

pub enum SuccessCodeWithoutCode {}

impl Provider for SuccessCodeWithoutCode {
    const NAME: &'static str = "SuccessCodeWithoutCode";
    type Error = WechatError;
    type ApiError = core::convert::Infallible;
    const FORMAT: WireFormat = WireFormat::new().error(&["error"]).success_code(0);
}

const _: () = SuccessCodeWithoutCode::FORMAT.validate();

fn main() {}
