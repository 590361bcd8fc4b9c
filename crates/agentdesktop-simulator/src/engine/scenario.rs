//! Scripted scenarios: what the workbench (and `?scenario=NAME`) starts. Each is a few steps on the
//! engine, as AgentDesktop and the agent would take them; their events follow one another, each step
//! after the last event of the one before.

use super::*;
use agentdesktop_sdk::names;

/// Every scenario, by the name the workbench, `?scenario=` and `SIMULATOR.Scenario(name)` use.
pub const SCENARIOS: &[&str] = &[
    "inbound",
    "preview",
    "predictive",
    "manual",
    "direct-transfer",
    "consultation-transfer",
    "consultation-cancel",
    "consultation-conference",
    "callee-busy",
    "customer-hangs-up",
    "chat",
    "two-calls",
];

/// The numbers the scenarios use: the customer is in the demo directory, the consulted party is not.
const CUSTOMER: &str = "3356096694";
const TRANSFER_TO: &str = "200";
const CONSULT: &str = "201";

impl SimEngine {
    /// Run scenario `name` from the engine's current state; the agent is logged in first if needed. The
    /// events of the steps taken come back even when a later step is refused, so that the widget sees
    /// everything the engine did; an unknown name does nothing.
    pub fn scenario(&mut self, name: &str) -> (Vec<Emission>, Result<(), SimError>) {
        let mut out = Vec::new();
        let result = self.play(name, &mut out);
        (out, result)
    }

    fn play(&mut self, name: &str, out: &mut Vec<Emission>) -> Result<(), SimError> {
        if !SCENARIOS.contains(&name) {
            return Err(SimError(format!("unknown scenario \"{name}\"")));
        }
        if self.presence != Presence::LoggedIn {
            self.step(out, names::AGENT_LOGIN, &[])?;
        }
        match name {
            "inbound" => then(out, self.incoming_call("", "")),
            "preview" => then(out, self.offer(Offer::Preview, CUSTOMER, "CAMPAIGN1")),
            "predictive" => then(out, self.offer(Offer::Predictive, CUSTOMER, "CAMPAIGN2")),
            "chat" => then(out, self.offer(Offer::Chat, "mario.rossi@example.com", "CHAT1")),
            "two-calls" => {
                then(out, self.incoming_call("", ""));
                then(out, self.incoming_call("0612345678", "QUEUE7"));
            }
            "manual" => self.step(out, names::MAKE_CALL, &[CUSTOMER])?,
            "callee-busy" => then(out, self.busy_call(CUSTOMER)?),
            "direct-transfer" => {
                let id = self.answered(out)?;
                self.step(out, names::TRANSFER_DIRECT, &[&id, TRANSFER_TO])?;
            }
            "consultation-transfer"
            | "consultation-cancel"
            | "consultation-conference"
            | "customer-hangs-up" => {
                let id = self.answered(out)?;
                self.step(out, names::TRANSFER_CONSULTATION, &[&id, CONSULT])?;
                let leg = self.consultation.as_ref().map(|c| c.leg.clone()).unwrap_or_default();
                match name {
                    "consultation-transfer" => self.step(out, names::TRANSFER_COMPLETE, &[&id])?,
                    "consultation-conference" => {
                        self.step(out, names::TRANSFER_COMPLETE_CONFERENCE, &[&id])?
                    }
                    "consultation-cancel" => self.step(out, names::HANGUP, &[&leg])?,
                    _ => then(out, self.remote_hangup(&id)?),
                }
            }
            _ => {}
        }
        Ok(())
    }

    /// An inbound call, answered; its id.
    fn answered(&mut self, out: &mut Vec<Emission>) -> Result<String, SimError> {
        let emissions = self.incoming_call("", "");
        let id = self.calls.last().map(|c| c.id().to_owned()).unwrap_or_default();
        then(out, emissions);
        self.step(out, names::ANSWER, &[&id])?;
        Ok(id)
    }

    /// One SDK call of the script.
    fn step(
        &mut self,
        out: &mut Vec<Emission>,
        function: SdkFunction,
        args: &[&str],
    ) -> Result<(), SimError> {
        let args: Vec<String> = args.iter().map(|a| (*a).to_owned()).collect();
        then(out, self.call(function, &args)?.emissions);
        Ok(())
    }
}

/// Append `next`, each delay counted from the last event so far.
fn then(out: &mut Vec<Emission>, next: Vec<Emission>) {
    let offset = out.last().map_or(0, |e| e.delay_ms);
    out.extend(next.into_iter().map(|e| Emission { delay_ms: e.delay_ms + offset, ..e }));
}
