//! Italiano. The guide's own words where it has them (attesa, riaggancia, consultazione, conferenza).

use super::Key;

/// Every text, by key: exhaustive, so a key added without its text here does not compile.
pub fn text(key: Key) -> &'static str {
    match key {
        Key::PageTitle => "Widget AgentDesktop",
        Key::Language => "Lingua",
        Key::DarkTheme => "Tema scuro",
        Key::Connecting => "Connessione ad AgentDesktop…",
        Key::ConnectedAgentDesktop => "Connesso ad AgentDesktop",
        Key::SimulatorMode => "Simulatore: gli eventi arrivano dal simulatore di AgentDesktop integrato",
        Key::SdkLate => "L'SDK di AgentDesktop è arrivato in ritardo e non è in uso: ricarica il widget per collegarti",
        Key::AnnounceAgent => "Stato operatore: {}",
        Key::AnnounceConsultation => "Chiamata di consultazione avviata",
        Key::AnnounceOutgoing => "Chiamata in uscita verso {}",
        Key::AnnounceIncoming => "Chiamata in arrivo da {}",
        Key::AnnounceIncomingQueue => "Chiamata in arrivo da {}, coda {}",
        Key::AnnounceEnded => "Contatto con {} terminato",
        Key::AgentTitle => "Operatore",
        Key::AgentUnknown => "Sconosciuto",
        Key::AgentAvailable => "Disponibile",
        Key::AgentPaused => "In pausa",
        Key::AgentLoggedOut => "Disconnesso",
        Key::Login => "Accedi",
        Key::Pause => "Pausa",
        Key::Logout => "Esci",
        Key::MakeCallTitle => "Effettua chiamata",
        Key::DestinationNumber => "Numero da chiamare",
        Key::Call => "Chiama",
        Key::MoreOptions => "Altre opzioni",
        Key::ServiceId => "ID servizio",
        Key::CallProfileId => "ID profilo di chiamata",
        Key::CallDataLines => "Dati della chiamata, una riga CHIAVE=VALORE",
        Key::ContactsTitle => "Contatti",
        Key::CurrentContacts => "Contatti in corso",
        Key::NoContacts => "Nessun contatto in questo momento.",
        Key::MoreContacts => "Contatti in corso non ancora mostrati: {}",
        Key::ShowMore => "Mostra di più",
        Key::Recent => "Recenti",
        Key::RecentContacts => "Contatti terminati di recente",
        Key::PhaseOffered => "Proposto",
        Key::PhaseRinging => "Squilla",
        Key::PhaseStarted => "Avvio",
        Key::PhaseDialing => "In composizione",
        Key::PhaseConnected => "In conversazione",
        Key::PhaseHeld => "In attesa",
        Key::PhaseConference => "In conferenza",
        Key::PhaseTransferred => "Trasferito",
        Key::PhaseFailed => "Non riuscito",
        Key::PhaseCleared => "Terminato",
        Key::PhaseAcw => "Post-chiamata",
        Key::PhaseFinished => "Concluso",
        Key::Restored => "ripristinato",
        Key::RestoredHint => {
            "Mostrato com'era prima del ricaricamento; il prossimo evento di AgentDesktop lo conferma"
        }
        Key::MetaQueue => " · coda ",
        Key::MetaConsultationFor => " · consultazione per ",
        Key::TimerRecent => "conversazione {} · attesa {}",
        Key::TimerActive => "{} in questa fase · conversazione {} · attesa {}",
        Key::CallData => "Dati della chiamata",
        Key::Answer => "Rispondi",
        Key::Hold => "Attesa",
        Key::Retrieve => "Riprendi",
        Key::HangUp => "Riaggancia",
        Key::EndAcw => "Chiudi post-chiamata",
        Key::Record => "Registra",
        Key::StopRecording => "Ferma registrazione",
        Key::TonesAndData => "Toni e dati della chiamata",
        Key::DtmfTones => "Toni DTMF",
        Key::DtmfPlaceholder => "Toni DTMF, es. 12#",
        Key::SendTones => "Invia toni",
        Key::SetCallData => "Imposta dati",
        Key::CallDataEmpty => "I dati della chiamata sono vuoti: scrivi una riga CHIAVE=VALORE",
        Key::CustomerTitle => "Cliente",
        Key::UnknownCaller => "Chiamante sconosciuto",
        Key::OpenInCrm => "Apri nel CRM",
        Key::TransferTitle => "Trasferimento diretto",
        Key::TransferContact => "Contatto",
        Key::CurrentCall => "Chiamata corrente",
        Key::TransferDestination => "Destinazione del trasferimento",
        Key::NumberOrResource => "Numero o id risorsa",
        Key::Transfer => "Trasferisci",
        Key::TransferRequested => "Trasferimento verso {} richiesto",
        Key::ConsultationTitle => "Consultazione",
        Key::ConsultationDestination => "Destinazione della consultazione",
        Key::Consult => "Consulta",
        Key::Cancel => "Annulla",
        Key::Conference => "Conferenza",
        Key::Customer => "Cliente: ",
        Key::Consulted => "Consultato: ",
        Key::LogTitle => "Registro eventi",
        Key::LogAria => "Registro eventi, dal più recente",
        Key::LogCount => "{} conservate, {} in questa sessione",
        Key::MoreLogLines => "Voci meno recenti non ancora mostrate: {}",
        Key::LogEvent => "evento",
        Key::LogCall => "chiamata API",
        Key::LogError => "errore",
        Key::LogBeforeReload => "prima del ricaricamento",
        Key::ToastError => "Errore",
        Key::ToastInfo => "Info",
        Key::ToastDone => "Fatto",
        Key::Dismiss => "Chiudi",
        Key::SimulatorTitle => "AgentDesktop simulato",
        Key::SimIncomingCall => "Chiamata in arrivo",
        Key::SimIncomingFrom => "da 3393669393 sulla coda QUEUE25",
        Key::UnknownEvent => "Evento AgentDesktop sconosciuto \"{}\": conservato nel registro eventi",
        Key::UnreadableEvent => "Un evento di AgentDesktop non è leggibile: {}",
        Key::EventWithoutId => "AgentDesktop ha inviato {} senza id del contatto: il widget non sa a quale contatto si riferisce e non ha cambiato nulla",
        Key::EventUnknownContact => "AgentDesktop ha inviato {} per {}, un contatto che il widget non elenca: niente da rimuovere",
        Key::EventFinishedContact => "AgentDesktop ha inviato {} per {}, un contatto già concluso e non più elencato: ignorato",
        Key::ContactPushedOut => "Sono aperti {} contatti, il massimo che il widget elenca: il primo arrivato, {}, lascia l'elenco (AgentDesktop non l'ha mai chiuso); un suo evento lo elenca di nuovo",
        Key::CallWithoutId => "AgentDesktop offre una chiamata senza id del contatto: il widget non può mostrarla; rispondi da AgentDesktop",
        Key::SimulatorFailed => "Il simulatore non si è avviato: {}",
        Key::SdkNotUsed => "L'SDK di AgentDesktop è caricato ma non in uso: ?simulator=1 chiede il simulatore",
        Key::StartUpDropped => "{} eventi di AgentDesktop ricevuti all'avvio sono stati scartati: è in uso il simulatore",
        Key::EventsLost => "{} eventi di AgentDesktop ricevuti prima dell'avvio del widget sono andati persi: troppi da conservare",
        Key::SdkNotLoaded => "{} non si può chiamare: l'SDK {} non è caricato",
        Key::SdkMissing => "{} non è disponibile in questo SDK di AgentDesktop",
        Key::SdkThrew => "{} non riuscito: {}",
        Key::SdkBadResult => "{} ha restituito un risultato inutilizzabile: {}",
        Key::BadNumber => {
            "\"{}\" non è un numero di telefono valido: usa da 3 a 15 cifre, eventualmente precedute da +"
        }
        Key::BadDestination => {
            "\"{}\" non è una destinazione valida: usa un numero di telefono (da 3 a 15 cifre, eventualmente \
             con +) o un id risorsa (lettere, cifre, _ . @ -, al massimo 64)"
        }
        Key::BadCallDataLine => "il dato \"{}\" non è nella forma CHIAVE=VALORE",
        Key::CallDataEmptyKey => "un dato della chiamata ha la chiave vuota",
        Key::CallDataSeparator => "il dato \"{}\" contiene ';' o '=', che l'SDK usa come separatori",
        Key::BadDtmf => "\"{}\" non sono toni DTMF: usa 0-9, *, # e A-D",
        Key::SessionRestored => "Ripristinati {} contatti di prima del ricaricamento",
        Key::SessionDiscarded => "Lo stato salvato prima del ricaricamento è stato scartato: {}",
        Key::SessionNotSaved => {
            "Impossibile salvare la sessione (sessionStorage non disponibile o pieno): un ricaricamento \
             ripartirà da zero"
        }
        Key::SessionLost => {
            "Non è stato possibile salvare la sessione prima del ricaricamento, quindi il widget riparte da zero: \
             i prossimi eventi mostreranno di nuovo i contatti"
        }
        Key::Unconfirmed => "{} non è stato confermato da AgentDesktop entro {} secondi: puoi riprovare",
        Key::ReplayTooLarge => "Il log da riprodurre è troppo grande ({} byte; al massimo {})",
        Key::WorkbenchTitle => "Banco di prova",
        Key::Scenarios => "Scenari",
        Key::Export => "Esporta il registro della sessione",
        Key::ExportJsonl => "Righe JSON",
        Key::ExportText => "Testo della guida",
        Key::ExportFailed => "Il registro non è stato esportato: {}",
        Key::CrashTitle => "Il widget si è fermato",
        Key::CrashExplain => {
            "Un errore imprevisto ha fermato questo widget; AgentDesktop e le sue chiamate proseguono. \
             Ricarica il widget per continuare."
        }
        Key::CrashReload => "Ricarica il widget",
        Key::ReplayTitle => "Riproduci un registro",
        Key::ReplayInput => "Incolla un registro: righe JSON o blocchi di testo della guida",
        Key::ReplayFile => "Oppure caricalo da un file",
        Key::ReplaySpeed => "Velocità",
        Key::SpeedOriginal => "Ritmo originale",
        Key::SpeedDouble => "2×",
        Key::SpeedTen => "10×",
        Key::SpeedInstant => "Istantanea",
        Key::ReplayRun => "Avvia",
        Key::ReplayPause => "Pausa",
        Key::ReplayStep => "Un passo",
        Key::ReplayProgress => "{} di {} eventi riprodotti",
        Key::ReplayBadLine => "Riproduzione: riga {} del registro saltata: {}",
        Key::ReplayBadLines => "Riproduzione: {} riga/righe illeggibili saltate (la prima, riga {}: {}); il resto viene riprodotto",
        Key::ReplayEmpty => "Riproduzione: il registro non contiene eventi",
        Key::ReplayFileFailed => "Riproduzione: impossibile leggere il file: {}",
        Key::FaultsTitle => "Guasti",
        Key::FaultsHint => "L'AgentDesktop simulato si comporta male finché un guasto è attivo.",
        Key::FaultFunction => "Funzione che lancia un errore o manca",
        Key::FaultThrow => "La funzione lancia un errore",
        Key::FaultMissing => "Funzione assente",
        Key::FaultLatency => "Eventi in ritardo di 1,5 s",
        Key::FaultDrop => "Un evento su due perso",
        Key::FaultDuplicate => "Ogni evento due volte",
        Key::FaultReorder => "Coppie di eventi scambiate",
        Key::FaultObjectPayloads => "Eventi come oggetti, non testo JSON",
        Key::FaultLowercase => "Nomi degli eventi in minuscolo",
        Key::FaultGarbage => "Payload illeggibili",
        Key::FaultOn => "Guasto simulato attivo: {}",
        Key::FaultOff => "Guasto simulato disattivato: {}",
        Key::ConfigUnreadable => "Configurazione {} non letta ({}): valgono le impostazioni predefinite",
        Key::ConfigNotJson => "La configurazione {} non è JSON valido ({}): valgono le impostazioni predefinite",
        Key::ConfigNotObject => "La configurazione {} non è un oggetto JSON: valgono le impostazioni predefinite",
        Key::ConfigField => "Configurazione: il campo \"{}\" deve essere {}; resta il valore predefinito",
        Key::ConfigItem => "Configurazione: {} tralasciato, deve essere {}",
        Key::ConfigUnknown => "Configurazione: campo sconosciuto \"{}\" ignorato",
        Key::ConfigProblems => "Configurazione: {} problemi, elencati nel registro eventi; il resto è applicato",
        Key::ExpectBool => "true o false",
        Key::ExpectList => "un elenco [ … ]",
        Key::ExpectLanguage => "\"it\" o \"en\"",
        Key::ExpectHttp => "un indirizzo http:// o https://",
        Key::ExpectOrigin => "un'origine come https://crm.example (minuscole, senza percorso né / finale)",
        Key::ExpectChoice => "un oggetto {\"code\": …, \"label\": {\"it\": …, \"en\": …}}",
        Key::ExpectCode => "un codice non ripetuto, di al massimo 64 caratteri, senza ';' né '='",
        Key::ExpectSomeOutcome => "accompagnato da almeno un esito in wrapup_outcomes",
        // Pause reasons and the agent-state timer
        Key::PauseReason => "Motivo della pausa",
        Key::NoPauseReason => "Nessun motivo",
        Key::TimeInState => "Tempo in questo stato",
        // Redial and click-to-dial
        Key::Redial => "Richiama",
        Key::RedialHint => "Chiama di nuovo {}",
        Key::DialLoggedOut => "Chiamata a {} rifiutata: sei disconnesso. Accedi prima",
        Key::DialOnCall => "Chiamata a {} rifiutata: sei già in una chiamata. Mettila in attesa o chiudila prima",
        Key::DialForeignOrigin => {
            "Richiesta di chiamata da {} ignorata: l'origine non è in dial_origins della configurazione"
        }
        Key::DialMalformed => {
            "Richiesta di chiamata da {} ignorata: deve essere {\"type\": \"agentdesktop-widget:dial\", \"number\": \"…\"} \
             con il numero come testo (al massimo 64 caratteri)"
        }
        Key::DialReady => "Numero {} pronto: premi Invio per chiamare",
        // Ring alert
        Key::RingTone => "Suoneria",
        Key::RingUnavailable => "Suoneria non disponibile in questo browser",
        Key::RingBlocked => "Il browser blocca il suono: fai clic o premi un tasto nel widget per attivare la suoneria",
        Key::RingFailed => "Suoneria non riprodotta: {}",
        Key::DesktopNotifications => "Notifiche desktop",
        Key::NotifyDenied => "Notifiche rifiutate: si riattivano dalle impostazioni del sito nel browser",
        Key::NotifyUnavailable => "Notifiche desktop non disponibili in questo browser",
        Key::NotifyTitle => "Chiamata in arrivo: {}",
        Key::NotifyQueue => "Coda {}",
        Key::NotifyFailed => "Notifica desktop non mostrata: {}",
        // Wrap-up outcome
        Key::WrapUpOutcome => "Esito",
        Key::WrapUpChoose => "— scegli —",
        Key::WrapUpNote => "Nota",
        Key::WrapUpNoteSeparator => {
            "La nota non può contenere ';' o '=', che AgentDesktop usa come separatori: non è stato inviato nulla"
        }
        Key::WrapUpNoteTooLong => "La nota supera i {} caratteri: non è stato inviato nulla",
        Key::WrapUpRequired => "Scegli un esito per chiudere il post-chiamata",
        Key::WrapUpNotEnded => "Post-chiamata non chiuso: l'esito non è stato salvato ({})",
        Key::WrapUpNoOfflineEnable => {
            "Questo SDK di AgentDesktop non ha {}: il pulsante di AgentDesktop può chiudere il post-chiamata senza esito; il widget lo chiede comunque"
        }
        Key::WrapUpResult => "Esito: {}",
        Key::WrapUpResultNote => "Nota: {}",
        // Redial and click-to-dial (more); why a configuration file was not read
        Key::RedialNoNumber => "Nessun numero da richiamare",
        Key::DialPlacing => "Chiamata a {} rifiutata: è già in corso l'avvio di una chiamata",
        Key::ConfigReasonOrigin => "non è un indirizzo dell'origine del widget",
        Key::ConfigReasonTimeout => "nessuna risposta entro 2 secondi",
        Key::ConfigReasonNetwork => "errore di rete",
        Key::ConfigReasonStatus => "stato HTTP {}",
        // Keyboard shortcuts
        Key::ShortcutHold => "Attesa o ripresa",
        Key::ShortcutDial => "Chiama: vai al numero",
        Key::ShortcutReady => "Torna disponibile",
        Key::ShortcutHelp => "Questo elenco di scorciatoie",
        Key::ShortcutRefused => "{} ({}): {}",
        Key::ShortcutNoRinging => "nessuna chiamata squilla",
        Key::ShortcutNoCall => "nessuna chiamata da riagganciare",
        Key::ShortcutNoHold => "nessuna chiamata da mettere in attesa o riprendere",
        Key::ShortcutNoAcw => "nessun contatto in post-chiamata",
        Key::ShortcutWaiting => "già richiesto, in attesa di AgentDesktop",
        Key::ShortcutPaused => "sei già in pausa",
        Key::ShortcutLoggedOut => "sei disconnesso: accedi prima",
        Key::ShortcutAvailable => "sei già disponibile",
        Key::ShortcutNotNow => "non è possibile ora",
        Key::ShortcutWrapUpForm => "Scegli l'esito e scrivi la nota, poi premi di nuovo {} per chiudere il post-chiamata",
        Key::ShortcutHint => "Scorciatoia: {}",
        Key::ShortcutsOpen => "Scorciatoie",
        Key::ShortcutsTitle => "Scorciatoie da tastiera",
        Key::ShortcutsIntro => {
            "Funzionano ovunque sia il focus nel widget, anche nei campi di testo. Fuori da un campo di testo anche ? apre questo elenco."
        }
        Key::ShortcutsAction => "Azione",
        Key::ShortcutsKeys => "Tasti",
        Key::ShortcutOff => "disattivata",
        Key::ShortcutQuestionMark => "fuori da un campo di testo",
        Key::ShortcutsClose => "Chiudi",
        Key::ConfigSameChord => {
            "Configurazione: \"{}\" chiede {}, già la scorciatoia di \"{}\": resta senza scorciatoia"
        }
        Key::ExpectShortcuts => "un oggetto {\"answer\": \"Alt+Shift+Y\", …}",
        Key::ExpectChord => {
            "una combinazione come \"Alt+Shift+Y\" (Ctrl, Alt, Shift, Meta uniti da + con una lettera, una cifra o il nome di un tasto; Ctrl, Alt o Meta salvo per i tasti da F1 a F24), o null per disattivarla"
        }
    }
}
