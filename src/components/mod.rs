//! One component per API category, and the shared pieces.

pub mod agent_panel;
pub mod click_to_dial;
pub mod clock;
pub mod consultation;
pub mod contact_actions;
pub mod contact_item;
pub mod contact_list;
pub mod contact_timer;
pub mod customer_card;
pub mod event_log;
pub mod faults;
pub mod language;
pub mod make_call;
pub mod more_below;
pub mod provider;
pub mod redial;
pub mod replay;
pub mod ring_alert;
pub mod section;
pub mod session;
pub mod shortcuts;
pub mod simulator_panel;
pub mod status_bar;
pub mod styles;
pub mod text_field;
pub mod theme_toggle;
pub mod toasts;
pub mod tones_and_data;
pub mod transfer;
pub mod workbench;
pub mod wrapup;

pub use provider::{use_lang, use_sdk, use_settings, use_toasts, use_widget, WidgetProvider};
