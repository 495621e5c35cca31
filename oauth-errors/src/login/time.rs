//! The time a request is sent, as a provider's [`TimeFormat`] writes it.

use crate::TimeFormat;
use alloc::string::String;
use std::time::{SystemTime, UNIX_EPOCH};

/// The time `now`, written as `format`.
pub(crate) fn timestamp(format: TimeFormat, now: SystemTime) -> String {
    let since = now.duration_since(UNIX_EPOCH).unwrap_or_default();
    match format {
        TimeFormat::UnixSeconds => alloc::format!("{}", since.as_secs()),
        TimeFormat::UnixMillis => alloc::format!("{}", since.as_millis()),
        TimeFormat::ChinaDateTime => {
            // China Standard Time is UTC+8, without daylight saving time.
            let seconds = since.as_secs() + 8 * 3600;
            let (year, month, day) = civil_date(seconds / 86_400);
            let time = seconds % 86_400;
            alloc::format!(
                "{year:04}-{month:02}-{day:02} {:02}:{:02}:{:02}",
                time / 3600,
                time % 3600 / 60,
                time % 60
            )
        }
    }
}

/// The date `days` after 1970-01-01 in the proleptic Gregorian calendar: Howard Hinnant's
/// `civil_from_days` (<https://howardhinnant.github.io/date_algorithms.html>), for days on or
/// after the epoch.
fn civil_date(days: u64) -> (u64, u64, u64) {
    let z = days + 719_468;
    let era = z / 146_097;
    let day_of_era = z - era * 146_097;
    let year_of_era =
        (day_of_era - day_of_era / 1460 + day_of_era / 36_524 - day_of_era / 146_096) / 365;
    let day_of_year = day_of_era - (365 * year_of_era + year_of_era / 4 - year_of_era / 100);
    let month_index = (5 * day_of_year + 2) / 153;
    let day = day_of_year - (153 * month_index + 2) / 5 + 1;
    let month = if month_index < 10 {
        month_index + 3
    } else {
        month_index - 9
    };
    let year = year_of_era + era * 400 + u64::from(month <= 2);
    (year, month, day)
}

#[cfg(test)]
mod tests {
    use super::{civil_date, timestamp};
    use crate::TimeFormat;
    use std::time::{Duration, UNIX_EPOCH};

    #[test]
    fn dates_and_times() {
        assert_eq!(civil_date(0), (1970, 1, 1));
        assert_eq!(civil_date(59), (1970, 3, 1));
        // 2000-02-29, a leap day of a century year; 2100-03-01.
        assert_eq!(civil_date(11_016), (2000, 2, 29));
        assert_eq!(civil_date(47_541), (2100, 3, 1));
        // 2024-12-07 08:53:20 UTC is 16:53:20 in Beijing.
        let now = UNIX_EPOCH + Duration::from_secs(1_733_561_600);
        assert_eq!(
            timestamp(TimeFormat::ChinaDateTime, now),
            "2024-12-07 16:53:20"
        );
        assert_eq!(timestamp(TimeFormat::UnixSeconds, now), "1733561600");
        assert_eq!(timestamp(TimeFormat::UnixMillis, now), "1733561600000");
        // 16:00 UTC on 2024-12-31 is already 2025 in Beijing.
        let new_year = UNIX_EPOCH + Duration::from_secs(1_735_660_800);
        assert_eq!(
            timestamp(TimeFormat::ChinaDateTime, new_year),
            "2025-01-01 00:00:00"
        );
    }
}
