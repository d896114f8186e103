<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="es">
<context>
    <name></name>
    <message>
        <source>The disk is full. Free some space and try again; nothing was lost.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pacewise is not allowed to write there. Choose another folder or check its permissions.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The computer reported a problem reading or writing the disk. Check the drive and try again.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AdherenceChart</name>
    <message>
        <source>Homework due</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Done on time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Done late</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not done</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Backup</name>
    <message>
        <source>The backup could not be written to %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The folder %1 does not exist; choose another one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is a folder. Choose a file name for the backup.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The copy of the database came out incomplete. Try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not empty. Restore the backup into a new folder; nothing was changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The backup file %1 could not be read.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not a Pacewise backup. Choose a file made with &quot;Back up now&quot; or pacewise-cli backup; nothing was changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The backup file %1 is damaged, so it cannot be restored. Use another copy of the backup; nothing was changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The backup file %1 is incomplete: it ends before all of its data. Copy it again from where you keep your backups; nothing was changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The backup file %1 is empty. It may not have finished copying; use another copy of the backup. Nothing was changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The backup file %1 was made by a newer version of Pacewise. Install the newer version to restore it; nothing was changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The passphrase does not open this backup. Enter the passphrase the profile had when the backup was made; nothing was changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The backup file %1 was changed after it was made, so Pacewise will not trust it. Use another copy of the backup; nothing was changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The backup could not be restored into %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The database in the backup file %1 is damaged, so it cannot be restored. Use an older backup; nothing was changed.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>BodyMap</name>
    <message>
        <source>%1: marked. Space unmarks it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: not marked. Space marks it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Marked: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No areas marked.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>BodyMapView</name>
    <message>
        <source>Body map, %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Space marks or unmarks this area. Arrow keys move to the next area.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>BreathingPacerView</name>
    <message>
        <source>%1:%2 left</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Paused</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Seconds left: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Breath</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Breath %1 of %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Go on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pause</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Space pauses and goes on.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stop</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Escape stops. You can still save what you did.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Simple view</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A bar instead of the moving circle.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ChangePassphrasePage</name>
    <message>
        <source>Change passphrase</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only the passphrase changes. Your diary and everything else in your profile stay as they are.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Current passphrase</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New passphrase</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>At least 8 characters</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type the new passphrase again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The two new passphrases are not the same yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write the new passphrase down somewhere safe. If you forget it, nobody can recover it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>You can try again in %n second(s).</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Changing…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change the passphrase</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel and go back to the settings</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ChipGroup</name>
    <message>
        <source>%1 of %2. Arrow keys move between the tags.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ChoiceQuestion</name>
    <message>
        <source>Key %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CipherMigration</name>
    <message>
        <source>Another program is using the profile&apos;s database. Close it and try again; nothing was changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pacewise could not keep a copy of the database while converting it to the current format. Free some disk space and try again; nothing was changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pacewise could not put the converted database in place. Nothing was changed; check the profile folder and try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This profile&apos;s database was written by an older version of Pacewise and could not be converted to the current format. Nothing was changed; try again, and keep a copy of the profile folder if it keeps failing.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ClinicConnection</name>
    <message>
        <source>Enter the clinic server address your clinic gave you.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The clinic server address is not a web address. It looks like https://clinic.example/fhir/R4.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The clinic server address must start with https:// so that your diary is encrypted on its way to the clinic.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The clinic server address must start with https://.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The clinic server address must not contain &apos;?&apos;, &apos;#&apos; or a user name. Enter it exactly as your clinic gave it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter your patient number at the clinic.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The patient number can hold only letters, digits, &apos;-&apos; and &apos;.&apos;, at most 64 of them. Check it against what your clinic gave you.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter the access code your clinic gave you.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The access code is too long to be right. Copy it again from what your clinic sent.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The access code can hold only letters, digits and punctuation, with no spaces. Copy it again from what your clinic sent.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The certificate file %1 cannot be read.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file %1 does not hold a certificate (PEM). Ask your clinic for the right file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The pinned key must look like sha256// followed by 44 characters of base64. Copy it again from your clinic.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ClinicConnectionPage</name>
    <message>
        <source>Clinic connection</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose the certificate file your clinic gave you</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Certificate files (*.pem *.crt *.cer)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your clinic gives you these details. With them, Pacewise sends your diary to your care team over an encrypted connection. Without them, nothing leaves this computer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved. Pacewise sends your diary to your clinic from now on.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pacewise has forgotten the clinic. Your diary is still here, on this computer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your clinic&apos;s details</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Clinic server address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>For example: https://fhir.clinic.example/fhir/R4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your patient number at the clinic</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Access code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An access code is saved. Type a new one only if your clinic gave you a new code.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An access code is saved; type a new one to replace it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The access code your clinic gave you</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show the access code on screen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hide the access code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Screen readers never read the access code out</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Advanced</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the clinic&apos;s own certificate is set</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>only if your clinic asks for it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Some clinics use their own certificates. Fill these in only if your clinic gave you a certificate file or a server key.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Certificate file from your clinic</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A .pem file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose file…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose the certificate file from your clinic</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Server key (pinned)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>sha256//…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pinned server key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save the clinic connection</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Back</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Go back to the settings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stop sending to this clinic</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Forgetting the clinic removes its address and your access code from Pacewise. Your diary stays on this computer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Forget this clinic…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Forget this clinic</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Forget this clinic? Pacewise will stop sending your diary to it until you connect again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Yes, forget this clinic</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keep it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keep the clinic connection</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ClinicDirectives</name>
    <message>
        <source>the attachment is not application/json</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the attachment has no base64 data</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>there is no module &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the extension has no valueCode</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ClinicHomework</name>
    <message>
        <source>it has no description, which is the homework&apos;s title</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>its input &quot;times&quot; must be a whole number from 1 to %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>its executionPeriod.end is not a day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>it is for another patient; it was left out</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>its exercise &quot;%1&quot; is not one Pacewise has; it is ticked off by hand</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CrisisLines</name>
    <message>
        <source>%1 has no English text.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is neither a text nor texts by language.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is missing.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: &quot;%2&quot; is not a phone number (digits and spaces, optionally a leading +).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1, name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Text %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: the url must be an https:// address.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 has no phone, sms or url.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>24 hours, every day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1, hours</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1, description</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not valid JSON (%1 at offset %2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>it does not declare the schema %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>it lists no country.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is neither an ISO 3166-1 alpha-2 country code in capitals nor &quot;default&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;UK&quot; is not an ISO 3166-1 code: the United Kingdom is &quot;GB&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is listed twice.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 has no emergency number.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 has no line.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1, line %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The list of crisis lines is missing from this installation. Please reinstall Pacewise.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The list of crisis lines has no default entry.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the clinic&apos;s crisis lines</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CrisisPage</name>
    <message>
        <source>Help is available</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Emergency number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Who sees your answers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>People you can talk to now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Call</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Send a text message to</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Website</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Back to the questionnaire</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Back</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Back to the questionnaire: your answers are kept</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Back to the questionnaires</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DashboardPage</name>
    <message>
        <source>Your progress</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Period</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Week</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Month</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>3 months</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Year</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pain</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pain, day by day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pain (0 to 10)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Daily pain</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>7-day average</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mood</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mood, day by day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mood (0 to 10)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sleep</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hours of sleep, night by night</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hours</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hours of sleep</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Activity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Active minutes, day by day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Minutes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Active minutes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pain calendar</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What goes with more or less pain</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Things you noted on the same days as higher or lower pain. They are patterns, not proof of cause: talk them over with your clinic.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Noted on days with more pain</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing stands out in this period.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Noted on days with less pain</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Homework</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Database</name>
    <message>
        <source>This copy of Pacewise was built without database encryption, so it will not open your data. Please install an official build.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The database could not switch to its safe writing mode. Check that the profile folder is on a local disk.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The database file is not a Pacewise database, or it belongs to another profile. Nothing was changed; check that the key file and the database come from the same profile folder.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The database file is damaged. Nothing was changed; restore the profile from a backup.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The disk is full. Free some space and try again; your last change was not saved, everything before it is safe.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pacewise cannot write to the profile folder. Check that the folder exists and that you are allowed to change it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The computer reported a problem reading or writing the disk. Check the drive and try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Something went wrong inside Pacewise&apos;s database. Nothing was lost; please try again.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DateField</name>
    <message>
        <source>← Day before</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: one day earlier than %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Day after →</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: one day later than %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DemoBanner</name>
    <message>
        <source>DEMO — made-up data; nothing is saved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>DEMO — made-up data; nothing is saved. The passphrase is: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DiaryCatalogue</name>
    <message>
        <source>The content file %1 is missing from this installation. Please reinstall Pacewise.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The content file %1 is not valid JSON (%2 at offset %3).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The content file %1 does not declare the schema %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An item in %1 (&quot;%2&quot;) has no English label.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An item in %1 has a missing or reserved code.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The code &quot;%1&quot; appears twice in %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The content file %1 lists no items.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The body map %1 has no valid viewBox.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The body region &quot;%1&quot; in %2 has an unknown view or no drawing.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The body map %1 has no regions.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DiaryCsv</name>
    <message>
        <source>Line %1 of the CSV file has a quote that is never closed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The first line of the CSV file must be the Pacewise column names: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Line %1, column %2: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>expected %1 cells, found %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a number is required.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a whole number.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a date and time like 2026-03-01T08:30:00+01:00.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a number of hours.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not &quot;name | dose | count | as needed or regular&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Line %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DiaryEntryPage</name>
    <message>
        <source>Change diary entry</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How are you now?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1. Filled in from your last entry: change what is different today.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pain now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>0: No pain</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>10: Worst pain imaginable</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Average pain today</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Worst pain today</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mood</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>0: Very low</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>10: Very good</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Where is the pain?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Click the areas, or Tab to a figure, move with the arrow keys and press Space.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What may have made it worse?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Triggers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Something else? Add it in your own words:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Another trigger, in your own words</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add this trigger</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What did you do to cope?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Coping skills</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save changes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save entry</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save the changes to this entry</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save this diary entry</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Shortcut: Control+S</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Leave without saving</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DiaryHistoryPage</name>
    <message>
        <source>Diary history</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export the diary as a CSV file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New diary entry</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write a new diary entry</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export CSV…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export the whole diary as a CSV file for a spreadsheet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Which entries</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last 7 days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last 30 days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last 3 months</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last year</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose dates</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>From</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>From this date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>To</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Up to this date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show these dates</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show the entries between these dates</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only with these triggers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show only entries with these triggers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show all</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Clear the filters and show every entry</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No entries match. Try other dates or triggers.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No diary entries yet. Your first one takes less than a minute.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show older entries</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DiaryStatistics</name>
    <message>
        <source>There are no diary entries in this period yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>in the last 7 days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the 7 days before</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>in the last 3 months</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the 3 months before</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>this year</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the year before</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>since you started the diary</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your average pain %1 was %2, about the same as %3 (%4).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your average pain %1 was %2, down from %3 %4.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your average pain %1 was %2, up from %3 %4.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your average pain %1 was %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>You slept %1 hours a night on average.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>You were active for about %n minutes a day.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>You wrote in your diary on %1 of %2 days.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>in the last month</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the month before</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DiaryStore</name>
    <message>
        <source>This diary entry no longer exists, so it cannot be changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This diary entry no longer exists.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DiaryValidation</name>
    <message>
        <source>%1 must be a number from 0 to 10.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose the date and time of this entry.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The date and time cannot be in the future.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pain now must be a number from 0 to 10.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Average pain</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Worst pain</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Worst pain cannot be lower than average pain.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Worst pain cannot be lower than pain now.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mood</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sleep quality</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hours of sleep must be between 0 and 24.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Active minutes must be between 0 and 1440.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a known body area.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a known coping skill.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Each medication needs a name and 1 to 20 doses.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The note is too long (at most %1 characters).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A trigger in your own words can have at most 80 characters.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a known trigger.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DiaryWording</name>
    <message>
        <source>Not answered</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No pain</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mild pain</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Moderate pain</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Severe pain</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Worst pain imaginable</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Very low mood</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Low mood</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>So-so mood</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Good mood</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Very good mood</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Very poor sleep</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Poor sleep</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fair sleep</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Good sleep</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Very good sleep</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Today</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Yesterday</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pain %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pain %1 (average %2, worst %3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pain %1 (average %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pain %1 (worst %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mood %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Slept %1 h</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DueQuestionnairesCard</name>
    <message>
        <source>Questionnaires to fill in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your care team uses these to see how you are doing. Each takes a few minutes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All questionnaires</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open all questionnaires</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>EntryDetails</name>
    <message>
        <source>Sleep last night</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not answered</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 hours</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hours of sleep</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>hours</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How well did you sleep?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>0: Very poorly</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>10: Very well</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Activity today</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n minute(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Minutes of activity so far today (walking, exercise, chores)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Minutes of activity so far today</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Medication</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>none ticked</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>written</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>empty</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Anything you want to remember or tell your clinic</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 of %2 characters</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ErrorBanner</name>
    <message>
        <source>Hide details</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show details</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Technical details for your clinic&apos;s support team</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Technical details</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ExerciseField</name>
    <message>
        <source>Not filled in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Clear</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Clear %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Yes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ExerciseRecordList</name>
    <message>
        <source>Nothing finished yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open the %1 of %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ExerciseSteps</name>
    <message>
        <source>Please fill in “%1” to go on.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Step %1 of %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Back</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Back to the previous step</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Shortcut: Alt+Left</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Finish</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Next</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Finish and see the summary</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Next step</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save and close</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save what you wrote and close: finish it later</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ExerciseStore</name>
    <message>
        <source>This exercise is not available in this version of Pacewise.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Please answer &quot;%1&quot; before finishing.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The plan this record belongs to no longer exists.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>These answers belong to another exercise; nothing was saved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A finished exercise cannot be discarded; it is part of your history.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ExercisesPage</name>
    <message>
        <source>Exercises</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Short worksheets and practices to use what you learn in the lessons. Use them as often as they help.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Continue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open my plan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hide recent ones</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show recent ones</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hide the recent %1 records</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show the recent %1 records</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ExpandableSection</name>
    <message>
        <source>Open. Press to close.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Closed. Press to open.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>FirstRunPage</name>
    <message>
        <source>Welcome to Pacewise</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pacewise keeps your pain diary and your programme on this computer. Everything is locked with a passphrase that only you know.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Where your profile is kept</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pacewise will keep two files, pacewise.key and pacewise.db, in this folder:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose another folder…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose another folder for your profile</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a passphrase</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A passphrase is like a password, only longer. A short sentence that means something to you works well.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Passphrase</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>At least 8 characters</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type the passphrase again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The two passphrases are not the same yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keep your passphrase somewhere safe. If you forget it, nobody can recover it, not even your clinic, and your diary cannot be opened. Pacewise never deletes anything because of a forgotten or mistyped passphrase.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Create my profile</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose an acceptable passphrase and type it twice first</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Creating your profile</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Creating your profile…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a folder for your Pacewise profile</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Restore from a backup</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>If you made a backup of your profile, you can bring it back into this folder. You will need the passphrase your profile had when you made the backup.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose the backup file…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose the backup file to restore</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Passphrase of the backup</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Restore and unlock</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose the backup file and type its passphrase first</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a Pacewise backup to restore</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pacewise backups (*.pacewise-backup)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>I have a backup to restore</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Restore your profile from a backup file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Opens the restore section further down this page</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>FlareUpPlanPage</name>
    <message>
        <source>Save your flare-up plan as a PDF</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PDF files (*.pdf)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This is your plan. Change anything that no longer fits: each change is kept at once.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your plan is saved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save the plan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save your flare-up plan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save as PDF…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save the plan as a PDF file to keep or share</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Print…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Print the plan on one page</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Close</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Close the plan: what you typed is kept</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>GridQuestion</name>
    <message>
        <source>(optional)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>HistoryRow</name>
    <message>
        <source>pain</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 at %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Triggers: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change the entry of %1 at %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete the entry of %1 at %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>HomePage</name>
    <message>
        <source>Home</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your profile is open</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Profile folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Protection</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Encrypted on this computer. Unlocked now: only you can see it while you use Pacewise.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Automatic lock</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Pacewise locks itself after %n minute(s) without use.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Profile number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>When you step away, lock Pacewise. Your passphrase opens it again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Settings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open the settings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lock now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lock Pacewise now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How are you now?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your last entry: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New diary entry</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write a new diary entry</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Diary history</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open your diary history</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Progress</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>See your progress: charts and a summary</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>HomeworkPage</name>
    <message>
        <source>Homework</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Undo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Undo: take the tick back</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hide older homework</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show older homework (%1)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>HomeworkRow</name>
    <message>
        <source>To do</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Done</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>From your clinic</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Do it now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Do it now: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>I did it once</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tick off one time: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Older homework</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>HomeworkStore</name>
    <message>
        <source>Internal error.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Homework needs a title.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Homework must be done from 1 to %1 times.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Homework needs a due date.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This homework no longer exists.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This homework was cancelled, so it cannot be ticked off.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This homework was cancelled, so it cannot be changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no tick given by hand to take back for this homework.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ImageryView</name>
    <message>
        <source>Read slowly. Stop after each part, close your eyes if you like, and picture it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>I have finished</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stop</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>KeyFile</name>
    <message>
        <source>%1 is not a Pacewise key file. Check that you chose the right folder; the file has not been changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The key file %1 is damaged, so this profile cannot be unlocked. Restore the file from a backup; nothing in the profile has been changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The key file %1 was made by a newer version of Pacewise. Install the newer version to open this profile.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The key file %1 could not be read.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The key file %1 could not be saved.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>LessonEnd</name>
    <message>
        <source>Go to the next module</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Homework from this module</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Practice is where the change happens. Tick each time off in Homework, or do the exercise from there.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>See your homework</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>LessonPage</name>
    <message>
        <source>End of the module</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Previous page</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Finish the module</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Next page</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Back to the programme</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lessons in this module</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1. %2 (%3)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>LessonText</name>
    <message>
        <source>Key points</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Questions to think about</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There are no right answers. You may like to note your thoughts in your diary.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Try it now: %1. Your place in the lesson is kept.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Try it now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Try it now: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Main</name>
    <message>
        <source>Home</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Settings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pacewise</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Diary</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Progress</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pacewise — DEMO: made-up data, nothing is saved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved. Thank you for filling in your diary.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Questionnaires</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved. Thank you for filling in the questionnaire.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved. Your answers are kept: you can go on later from Questionnaires.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Programme</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Homework</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exercises</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MeasureCard</name>
    <message>
        <source>Latest score: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1, answer by answer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your scores</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your first answer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The level of your first answer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A meaningful improvement since your first answer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A meaningful change for the worse since your first answer</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MeasureChart</name>
    <message>
        <source>Your first answer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your scores</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Meaningful improvement</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Meaningful change for the worse</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MeasureLibrary</name>
    <message>
        <source>%1: not valid JSON (%2 at offset %3).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: the file does not hold a JSON object.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: the file cannot be read (%2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: there is no %2 beside it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: its scoring rules (%2) are missing.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: another questionnaire already uses the url %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the clinic (Questionnaire/%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: item &apos;%2&apos; asks for a date or a time, which the questionnaire screen cannot show.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MeasureResults</name>
    <message>
        <source>Questionnaires</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MeasureRow</name>
    <message>
        <source>Started, not finished</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MeasureStore</name>
    <message>
        <source>This questionnaire is not available in this version of Pacewise.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Question %1 does not belong to this questionnaire.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>These answers belong to another questionnaire; nothing was saved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Another unfinished &quot;%1&quot; is waiting. Continue that one, or discard it first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This questionnaire was already completed; its answers cannot be changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A completed questionnaire cannot be discarded; it is part of your history.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Please answer &quot;%1&quot; before finishing.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A bundled questionnaire is missing.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MeasureWording</name>
    <message>
        <source>today</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>yesterday</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>tomorrow</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 out of %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Due today</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Due since %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Overdue: it was due %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Done. Next one %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Done</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your first result, %1, was %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This time it is the same.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This time it is %1 lower.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This time it is %1 higher.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>That is within the usual ups and downs: not a meaningful change.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>That is a meaningful change for the better.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>That is a meaningful change for the worse. It may help to talk about it with your care team.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MedicationDoses</name>
    <message>
        <source>Your medication list is empty. Add your medications once; then you tick them here.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Taken as needed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Taken regularly</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Doses of %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>dose(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Manage medications…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add, change or archive your medications</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MedicationList</name>
    <message>
        <source>Give the medication a name (at most 120 characters).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MedicationsPage</name>
    <message>
        <source>Your medications</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is on your list.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The diary offers these medications, so that you only tick what you took.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change a medication</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add a medication</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>For example: Ibuprofen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name of the medication</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dose (as on the label)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>For example: 400 mg</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dose of the medication</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>I take it only when I need it (the diary then counts the doses)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save changes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add to my list</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save the changes to this medication</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add this medication to your list</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel change</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stop changing this medication</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your list</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No medications yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Archive</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Take again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Archive %1: no longer offered in the diary</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Offer %1 in the diary again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Back to the diary entry</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MissingKeyPage</name>
    <message>
        <source>The key file is missing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This folder holds a Pacewise diary (pacewise.db) but not the key file that unlocks it (pacewise.key). Without the key file the diary cannot be opened.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>If you have a backup, copy pacewise.key back into this folder, then choose Check again. Pacewise has not changed or deleted anything.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check the folder again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Use a different folder…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Use a profile in a different folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose the folder of your Pacewise profile</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ModuleCard</name>
    <message>
        <source>Module %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: Module %2, %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>For family and caregivers</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>NavigationBar</name>
    <message>
        <source>Sections</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pacewise</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The page you are on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lock</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lock Pacewise now</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>NumberQuestion</name>
    <message>
        <source>%1: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PacingChart</name>
    <message>
        <source>Your pacing plan, week by week</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Weeks since the start</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Minutes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Planned minutes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Minutes you did</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PacingLogForm</name>
    <message>
        <source>No pain</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mild pain</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Moderate pain</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Severe pain</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Log a day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Today</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Yesterday</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Minutes done</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your plan for today: %1 minutes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pain afterwards</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>0: No pain</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>10: Worst pain imaginable</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Note (if you like)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save this day</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PacingPlannerPage</name>
    <message>
        <source>Activity pacing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pacing means doing a steady amount of an activity each day, on good days and bad days, and slowly doing a little more. It can help you avoid the cycle of doing too much, then paying for it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Which activity do you want to pace?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>For example: Walk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Next</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Over the next few days, try &quot;%1&quot; up to three times. Each time, do it until it starts to be too much, not until it hurts a lot. Then write down how many minutes you managed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>First try, in minutes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Second try, in minutes (if you have done it)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Second try, in minutes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Third try, in minutes (if you have done it)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Third try, in minutes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Back</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add this much each week (percent)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add this much each week, in percent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>10 percent is a good start. Smaller steps are fine too.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Today</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tomorrow</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Next Monday</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save my plan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Week by week</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Days logged</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Plan another activity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Done</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PainCalendar</name>
    <message>
        <source>no entry</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PassphraseField</name>
    <message>
        <source>Hide</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hide the passphrase</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show the passphrase on screen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Screen readers never read the passphrase out</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PassphrasePolicy</name>
    <message numerus="yes">
        <source>Use at least %n characters. A short sentence is long and easy to remember.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>This is too easy to guess. Try a few words that mean something only to you.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This is one of the most common passwords. Choose something of your own.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Adding another word would make it much stronger.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write it down somewhere safe: it cannot be recovered if forgotten.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PmrView</name>
    <message>
        <source>Step %1 of %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Paused</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tense</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Let go</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Back</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The muscle group before this one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Go on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pause</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Finish</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Next</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The next muscle group.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stop</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Escape stops. You can still save what you did.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ProblemSolvingPage</name>
    <message>
        <source>Welcome back. What you wrote before is kept.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The problem</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Describe one problem, as clearly and simply as you can. Pick one that is small enough to work on.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your goal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What would be different if it were solved? Make it something you can see or do.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your options</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write down every way you can think of, even the odd ones. Do not judge them yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pros and cons</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>For each option, what is good about it and what is not? Think about your pain and energy too.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your choice</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose the option that looks best for now. It does not need to be perfect.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The steps</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Break it into small steps: what, when, and who could help.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How did it go?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Come back after trying it. What worked? What would you change? You can fill this in later.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your worksheet is saved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Done</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Done: close the worksheet</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Profile</name>
    <message>
        <source>There is already a Pacewise profile in %1. Unlock it, or choose an empty folder for a new profile.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The folder %1 could not be created.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no Pacewise profile in %1. Choose the folder that holds pacewise.key and pacewise.db, or create a new profile.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The key file pacewise.key is missing from %1, so the database cannot be opened. Restore the key file from a backup; the database was not changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The passphrase is not correct.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The database pacewise.db is missing from %1. Restore it from a backup; the key file was not changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no Pacewise profile in %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The current passphrase is not correct.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The database pacewise.db in %1 is empty: its content was lost outside Pacewise. Nothing was changed; restore the profile from a backup.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Programme</name>
    <message>
        <source>not valid JSON (%1 at offset %2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the file does not hold a JSON object.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the file cannot be read (%1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 has the unknown field &apos;%2&apos;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&apos;%1&apos; of %2 must be text.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 has no %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&apos;%1&apos; of %2 must be a whole number from %3 to %4.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&apos;%1&apos; of %2 must be a list.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1, %2 %3 is empty or not text.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>every entry of &apos;%1&apos; of %2 must be an object.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 has no &apos;%2&apos; section.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the module</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the module has no lessons.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>two lessons have the id %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>exercise</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>two homework tasks have the id %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>lesson %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 has no pages.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>lesson %1, page %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>paragraph</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 has no paragraphs.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>key point</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>question</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>homework %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&apos;requiredToContinue&apos; of %1 must be true or false.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 names the exercise %2, which does not exist.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the breathing practice</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the muscle relaxation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the muscle relaxation has %1 steps; it needs %2 to %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>muscle relaxation step %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the imagery script</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>its url is %1; an exercise&apos;s url is %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the module id %1 is already used by %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the module number %1 is already used by %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the module number is %1 but no module has the number %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the file is missing.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ProgrammeCard</name>
    <message>
        <source>Your programme</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Homework due soon</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All homework</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open all your homework</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ProgrammePage</name>
    <message>
        <source>Programme</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your programme</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Short lessons about living with pain, with things to try. Take them at your own pace: you can stop on any page and go on later from the same place.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ProgrammeProgress</name>
    <message>
        <source>This module is not part of the programme in this version of Pacewise.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This lesson is not part of the module.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This page is not part of the lesson.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This module opens when you have read &quot;%1&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This module opens on %1, so that there is time to practise &quot;%2&quot; first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>This module opens when the homework of &quot;%1&quot; is done (%n left).</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>This module is not open yet.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ProgrammeWording</name>
    <message>
        <source>Module %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Opens when you finish %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Opens when you finish the module before it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Opens tomorrow</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Opens on %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Opens when this homework is done: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Opens when these homework tasks are done: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Opens when one more homework task is done</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Opens when %1 more homework tasks are done</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unlocked by your clinic</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ready to start</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>In progress</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Done</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 of %2 pages read</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1, %2 spent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>About 1 minute of reading</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>About %1 minutes of reading</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>under a minute</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>1 minute</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 minutes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>1 hour</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 hours</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 %2</source>
        <comment>hours and minutes</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>1 day late</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 days late</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Due today</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Due tomorrow</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Due %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Due on %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Once, not done yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 of %2 times</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>QuestionBlock</name>
    <message>
        <source>You can leave this one out.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Questionnaire</name>
    <message>
        <source>an item has no linkId.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the linkId &apos;%1&apos; is used by two items.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>item &apos;%1&apos; has the type &apos;%2&apos;, which Pacewise cannot show.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>item &apos;%1&apos; has a negative maxLength.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>item &apos;%1&apos; repeats, which Pacewise does not support.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the group &apos;%1&apos; has no items.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>item &apos;%1&apos; has answer options but is not a choice item.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>item &apos;%1&apos; takes its answers from a value set, which Pacewise does not look up.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>item &apos;%1&apos; is a choice item without answer options.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>item &apos;%1&apos; has an answer option without a code.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>item &apos;%1&apos; offers the answer &apos;%2&apos; twice.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>item &apos;%1&apos; has a minimum or maximum but is not a number.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>item &apos;%1&apos; has a minimum (%2) above its maximum (%3).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>item &apos;%1&apos; has the enableBehavior &apos;%2&apos; (all or any expected).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>item &apos;%1&apos; has several enableWhen conditions but no enableBehavior.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>item &apos;%1&apos; has an enableWhen with the unknown operator &apos;%2&apos;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>item &apos;%1&apos; has an enableWhen without a usable answer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>item &apos;%1&apos; depends on &apos;%2&apos;, which is not an earlier item.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>item &apos;%1&apos; depends on &apos;%2&apos;, which takes no answer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>item &apos;%1&apos; compares &apos;%2&apos; with an answer that does not fit that item.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>this is not a FHIR Questionnaire (resourceType is &apos;%1&apos;).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the Questionnaire has no url.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the Questionnaire has no items.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The answer to &quot;%1&quot; is not the kind of answer this question takes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The answer to &quot;%1&quot; must be from %2 to %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The answer to &quot;%1&quot; must be at least %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The answer to &quot;%1&quot; must be at most %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The answer to &quot;%1&quot; is longer than %2 characters.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The answer to &quot;%1&quot; is not one of its choices.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The answer to &quot;%1&quot; is not a date on the calendar.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The answer to &quot;%1&quot; is not a time of day.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The answer to question %1 does not belong to this questionnaire.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>QuestionnairePage</name>
    <message>
        <source>Welcome back. Your earlier answers are kept: you are where you left off.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Back</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Back to the previous question</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Shortcut: Alt+Left</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Finish</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Next</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Finish and see the result</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Next question</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save and close</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save your answers and close: finish it later</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show all questions on one page</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>QuestionnaireResult</name>
    <message>
        <source>Thank you. Your answers are saved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your result</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This questionnaire has no score to show here.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A score is a guide, not a diagnosis. Your care team looks at it with everything else you tell them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Done</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Done: back to the questionnaires</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>QuestionnairesPage</name>
    <message>
        <source>Questionnaires</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 questionnaires to fill in now. Each takes a few minutes; you can stop at any point and go on later.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>One questionnaire to fill in now. It takes a few minutes; you can stop at any point and go on later.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing is due now. You can fill in any of these whenever you like.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>If you are struggling</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>If you feel you cannot go on, or might harm yourself, help is there now.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Help in a crisis</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show who to call for help in a crisis</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RatingField</name>
    <message>
        <source>%1: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RelaxationPage</name>
    <message>
        <source>Relaxation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not tense at all</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A little tense</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Quite tense</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Very tense</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>As tense as can be</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Take a few minutes for yourself. Sit or lie somewhere comfortable. There is no right or wrong way to do this.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How would you like to relax?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Slow breathing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Muscle relaxation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A calm place</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Follow a circle that grows as you breathe in and shrinks as you breathe out.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tense one group of muscles gently, then let go, one group after another. Steps: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Read a short script and picture a calm, safe place.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How long?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Minutes: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Next</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How tense do you feel now?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>0: Not tense at all</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>10: As tense as can be</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Back</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>You stopped early. That is fine: every minute counts. You can still save what you did.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Well done. Take a moment before you get up.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Close without saving</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved, and your homework is ticked off.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Practise again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Done</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SafetyEvents</name>
    <message>
        <source>Internal error.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ScaleSlider</name>
    <message>
        <source>Not answered</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Schedule</name>
    <message>
        <source>%1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not valid JSON (%1 at byte %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>expected an object with a &quot;measures&quot; list</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>entry %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not an object</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 has no valid &quot;measure&quot; id</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>measure &quot;%1&quot; is planned twice</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>measure &quot;%1&quot;: &quot;%2&quot; must be a whole number of days from %3 to %4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>measure &quot;%1&quot; has no &quot;everyDays&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The default questionnaire schedule is missing.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the clinic&apos;s schedule</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ScoringRules</name>
    <message>
        <source>a score has no id.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the score id &apos;%1&apos; is used twice.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>score &apos;%1&apos; has no title.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>score &apos;%1&apos; has the method &apos;%2&apos; (sum or mean expected).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a safety rule watches the item &apos;%1&apos;, which the questionnaire does not have.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a safety rule watches the item &apos;%1&apos;, which has no numeric value.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the safety rule on item &apos;%1&apos; has no numeric &apos;above&apos;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>score &apos;%1&apos;: &apos;%2&apos; must be a list of linkIds.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>score &apos;%1&apos; counts no items.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>score &apos;%1&apos; counts the item &apos;%2&apos;, which the questionnaire does not have.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>score &apos;%1&apos; counts the item &apos;%2&apos;, which has no numeric value (a number, or options that all carry an ordinal value).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>score &apos;%1&apos; counts the item &apos;%2&apos; twice.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>score &apos;%1&apos; reverses the item &apos;%2&apos;, which it does not count.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>score &apos;%1&apos; reverses items but has no reverseMin below its reverseMax.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>score &apos;%1&apos; has a maxMissing that is not a whole number.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>score &apos;%1&apos; allows %2 missing items out of %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>score &apos;%1&apos; has the missing rule &apos;%2&apos; (no-score or prorate expected).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>score &apos;%1&apos; allows missing items but gives no score when one is missing (set missing to prorate).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>score &apos;%1&apos; has decimals outside 0 to 4.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>score &apos;%1&apos; needs a minimum below its maximum.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>score &apos;%1&apos; does not say whether higher is worse (higherIsWorse).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>score &apos;%1&apos; has a code without a system or code.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>score &apos;%1&apos;: &apos;bands&apos; must be a list.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>score &apos;%1&apos;: band %2 has no label.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>score &apos;%1&apos;: band &apos;%2&apos; needs a &apos;from&apos; no higher than its &apos;to&apos;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>score &apos;%1&apos;: band &apos;%2&apos; (%3 to %4) lies outside the score&apos;s range (%5 to %6).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>score &apos;%1&apos;: bands &apos;%2&apos; and &apos;%3&apos; overlap.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>score &apos;%1&apos;: there is a gap between bands &apos;%2&apos; and &apos;%3&apos;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>score &apos;%1&apos;: the bands do not cover the whole range (%2 to %3).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>score &apos;%1&apos; has a meaningful change in points that is not above 0.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>score &apos;%1&apos; has a meaningful change in percent that is not above 0.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the file does not declare the schema %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the rules are for the questionnaire &apos;%1&apos;, not &apos;%2&apos;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&apos;scores&apos; and &apos;safety&apos; must be lists.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Total score</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ScrollingPage</name>
    <message>
        <source>Scroll the page</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SettingsPage</name>
    <message>
        <source>Settings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Locking</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pacewise locks itself when you have not used it for a while, so nobody else can read your diary.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lock after this many minutes without use</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Minutes without use before Pacewise locks itself</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>From %1 to %2 minutes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lock now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lock Pacewise now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Passphrase</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>You can change the passphrase that unlocks your profile. Your diary stays exactly as it is.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your passphrase has been changed. Use the new one next time you unlock Pacewise.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change passphrase…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change your passphrase</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>minutes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your clinic</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Clinic connection…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open the clinic connection settings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>With the details your clinic gave you, Pacewise sends your diary to your care team.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Backup</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A backup is one file with your whole profile, locked with your passphrase. Keep it somewhere other than this computer, such as a USB drive. If this computer breaks, you can restore your diary from it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Back up now…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Back up your profile to a file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Opens a dialog to choose where to save the backup file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save a backup of your profile</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pacewise backups (*.pacewise-backup)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Making the backup… You can go on using Pacewise meanwhile.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SleepDiaryPage</name>
    <message>
        <source>Welcome back. What you filled in before is kept.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save this night</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Finish later</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keep what you filled in and finish later</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved. Over a week or two, your diary shows patterns in your sleep.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Done</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Done: close the sleep diary</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>StrengthMeter</name>
    <message>
        <source>Passphrase strength: %1. %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SyncEngine</name>
    <message>
        <source>This version of Pacewise cannot send this kind of record.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sending was stopped. Nothing is lost.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The clinic did not accept your access code. It may have expired. Ask your clinic for a new one and enter it under Settings, Clinic connection. Your entries are kept and will be sent then.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The clinic&apos;s server refused access to your record. Check the patient number under Settings, Clinic connection, or ask your clinic. Your entries are kept.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The clinic server address does not lead to a FHIR server. Check it under Settings, Clinic connection. Your entries are kept.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The clinic&apos;s server gave an answer Pacewise does not understand. Your entries are kept and will be sent later.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No access code is saved for your clinic. Enter it under Settings, Clinic connection.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The clinic&apos;s server cannot be reached. Are you online? Your entries are kept and will be sent when the connection is back.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The clinic&apos;s server could not prove it is who it says it is, so nothing was sent. This can happen on a public Wi-Fi network. Try another network, or ask your clinic.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The connection to the clinic&apos;s server kept failing. Your entries are kept and will be sent later.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The clinic&apos;s server is busy and asked Pacewise to wait. Your entries are kept and will be sent after %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The clinic&apos;s server has a problem right now. Your entries are kept and will be sent later.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The clinic&apos;s server sent something Pacewise did not ask for. Your entries are kept; nothing was changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Sent. The clinic&apos;s server refused %n record(s); they are kept on this computer.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Most of your entries were sent; %n will be sent next time.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Everything is sent to your clinic.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No clinic is set up yet. Enter your clinic&apos;s details under Settings, Clinic connection.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pacewise is already sending to your clinic.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SyncLock</name>
    <message>
        <source>Pacewise could not prepare sending in the profile folder.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SyncStatusCard</name>
    <message>
        <source>Send now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Send what is waiting to your clinic now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stop sending</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stop sending to your clinic</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing is lost: what was not sent is sent next time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check the clinic connection</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connect to your clinic</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your clinic</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ThoughtRecordPage</name>
    <message>
        <source>not rated</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 out of 100</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Welcome back. What you wrote before is kept.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What happened?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write down the situation in a few words: where you were, what you were doing, who was there. Just the facts.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The situation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What went through your mind?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write the thought as it came, even if it seems silly now. For example: “This pain will never stop.”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The thought</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How did you feel?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name the feeling in one or two words, such as worried, sad or angry. Then rate how strong it was: 0 is not at all, 100 is as strong as it gets.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The feeling</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How strong it was, 0 to 100</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What supports the thought?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>List the facts that fit the thought. Facts, not guesses: what would a camera have seen?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Facts that support it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What does not fit the thought?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>List facts that do not fit it. What would you tell a friend who had this thought? Has it always been this way?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Facts that do not fit it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A more balanced thought</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Put both sides together in one fair sentence. It does not have to be positive, just more balanced.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The balanced thought</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rate the feeling again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Think of the balanced thought. How strong is the feeling now, 0 to 100? Any change counts, and no change is fine too.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How strong it is now, 0 to 100</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Well done: your thought record is saved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How strong “%1” felt</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How strong the feeling was</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Before: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>After: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your balanced thought</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Noticing a thought and looking at it again is a skill. It gets easier with practice.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Done</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Done: close the thought record</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write another</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write another thought record</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TimeField</name>
    <message>
        <source>%1: hour</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not filled in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: minutes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Clear</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Clear %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>UndoNotice</name>
    <message>
        <source>Undo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Undo the delete</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>UnlockPage</name>
    <message>
        <source>Unlock Pacewise</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your profile is locked. Type your passphrase to open it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Profile folder:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Passphrase</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>You can try again in %n second(s).</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Unlock</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unlock your profile</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Opening your profile</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Opening your profile…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A different profile</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>If your profile is kept in another folder, choose that folder.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Use a different folder…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Use a profile in a different folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose the folder of your Pacewise profile</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>Pacewise: CBT for chronic pain, with your clinic.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Use the profile in &lt;folder&gt;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Load the user interface, report QML problems and quit.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no room for the demo profile in the temporary folder.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open a throw-away demo profile with five years of made-up diary entries and questionnaires. Nothing is saved.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>pacewise::crypto</name>
    <message>
        <source>The encryption library failed. Nothing was changed; please try again, and report it if it happens again.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>pacewise::homework</name>
    <message>
        <source>Choose a date range whose start comes before its end.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>pacewise::store</name>
    <message>
        <source>This profile was saved by a newer version of Pacewise. Install the newer version to open it; nothing was changed.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>pacewise::synthetic</name>
    <message>
        <source>The programme content is incomplete.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>pacewise::ui::AdherenceModel</name>
    <message>
        <source>No homework fell due in this period.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>You did %1 of the 1 homework task that was due (%2 %).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>You did %1 of %2 homework tasks that were due (%3 %).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>One of them was done after its due date.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 of them were done after their due date.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>One homework task is late and still open: it can still be done.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 homework tasks are late and still open: they can still be done.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Homework done, month by month</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Homework done, week by week</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Week of %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2 of %3 done</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1. %2 Periods without homework due are left out: %3.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>pacewise::ui::ClinicSettingsForm</name>
    <message>
        <source>Pacewise is not connected to a clinic yet. Nothing leaves this computer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connected to %1 as patient number %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type the access code your clinic gave you.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your profile is locked. Unlock it, then save again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Some fields need another look. The problem is written under each one.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>pacewise::ui::CrisisResources</name>
    <message>
        <source>You are not alone. If you might act on these thoughts or are in danger, call your local emergency number now.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>You are not alone. If you might act on these thoughts or are in danger, call %1 now.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nobody at your clinic sees your answers as you give them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pacewise will tell your care team the next time it connects to them; that may not be soon.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pacewise is not connected to a clinic, so it cannot tell your care team. If you can, tell them yourself, or use one of the services below.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>pacewise::ui::DashboardModel</name>
    <message numerus="yes">
        <source>%n day(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>On days with %1, your pain averaged %2, against %3 on other days (%4).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>On days you used %1, your pain averaged %2, against %3 on other days (%4).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>From %1 to %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: nothing recorded in this period.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 on %2 of %3 days: lowest %4, highest %5.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Daily pain</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The 7-day average went from %1 to %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mood</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hours of sleep</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Active minutes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The calendar shows the last 12 months.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>pacewise::ui::DiaryEntryForm</name>
    <message>
        <source>Now, %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 at %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This diary entry no longer exists, so it cannot be changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A tag can have at most 80 characters.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your profile is locked. Unlock it, then save again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Please check the answers marked below, then save again.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>pacewise::ui::DiaryHistoryModel</name>
    <message>
        <source>%1 at %2: %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Triggers: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>For example %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>from %1 to %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>from %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>up to %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>with %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Showing every entry, newest first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Showing entries %1, newest first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pacewise cannot read the date &quot;%1&quot;. Type it like this: %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The first date is after the second. Swap them, or change one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 at %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The entry of %1 is deleted.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file %1 could not be written.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Saved %n diary entries to %1.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
</context>
<context>
    <name>pacewise::ui::ExerciseListModel</name>
    <message>
        <source>Not done yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Done once, last %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Done %1 times, last %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A started one is waiting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>For your homework: %1 of %2 times, by %3</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>pacewise::ui::ExerciseSession</name>
    <message>
        <source>Pacewise is locked. Unlock it to go on with this exercise.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This exercise could not be found. Pacewise may need to be reinstalled.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This record could not be found. It may have been thrown away.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Please fill in “%1” first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>from %1 to %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>of %1 or more</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” needs a whole number %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” needs a number %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1”: please pick one of the choices shown.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” needs a real date.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” needs a time of day, such as 22:30.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>“%1” can hold %n characters at most.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>This exercise has no field called “%1”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” cannot be left empty.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Homework done: “%1” (%2 of %3 times). Well done.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Homework checked off: “%1” (%2 of %3 times).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A finished record is kept. You can change it instead.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>pacewise::ui::FlareUpPlanDocument</name>
    <message>
        <source>My flare-up plan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Printed on %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(not filled in yet)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose where to save the PDF.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pacewise could not write to that folder. Choose another place, such as your Documents folder.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your plan is too long for one page. Shorten some of the answers, then save it again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pacewise could not save the PDF. Check that there is space on the disk, or choose another place.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved as %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Print your flare-up plan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your plan is too long for one page. Shorten some of the answers, then print it again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sent to the printer.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>pacewise::ui::HeatMapModel</name>
    <message numerus="yes">
        <source>%1: %n day(s) with entries</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>%1 to 10</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 to under %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: pain %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: no entry</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>pacewise::ui::HomeworkListModel</name>
    <message>
        <source>Done on %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>From your clinic</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No homework to do now. New homework comes with each module, or from your clinic.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>One homework task to do.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 homework tasks to do.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>one is late</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 are late</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>One homework task to do, and it is late. Do it when you can: late is fine.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 homework tasks to do; %2. Do them when you can: late is fine.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ticked off: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>One older task was not done. That is all right: it is under &quot;Older homework&quot; if you want to tick it off.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 older tasks were not done. That is all right: they are under &quot;Older homework&quot; if you want to tick them off.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>pacewise::ui::LastDiaryEntry</name>
    <message>
        <source>%1 at %2: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No diary entries yet. Your first one takes less than a minute.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>pacewise::ui::LessonReader</name>
    <message>
        <source>Page %1 of %2 of this lesson</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Page %1 of %2 of the module</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lesson %1: %2. %3. You are reading it now.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Go to lesson %1: %2. %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>You have finished Module %1: %2. Well done for taking the time.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This is the end of Module %1. Some pages are not read yet: the module is done when every page has been opened. Use the lesson list to find them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This module is not in the programme. Go back to the programme and choose another one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This module is not open yet. %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Next: %1. %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Next: %1. It is ready for you.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This was the last module. You can read any module again whenever you like, and keep using the exercises.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Done</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>pacewise::ui::MeasureListModel</name>
    <message>
        <source>Last filled in %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not filled in yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Continue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Started, not finished</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>One questionnaire could not be loaded: %1. The others work as usual.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 questionnaires could not be loaded: %2. The others work as usual.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Any time: not on your schedule</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last result: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last result: %1, %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>pacewise::ui::MeasureResultsModel</name>
    <message>
        <source>Score</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Answered on %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your first answer, on %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 out of %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Scores go from %1 to %2. Lower scores are better.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Scores go from %1 to %2. Higher scores are better.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A change of %1 or more, or of %2 % or more, since your first answer is meaningful.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A change of %1 or more since your first answer is meaningful.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A change of %1 % or more since your first answer is meaningful.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This is your first answer. Later answers will be compared with it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your score is the same as at the start</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your score is %1 lower than at the start</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your score is %1 higher than at the start</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 — a meaningful improvement.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 — a meaningful change for the worse. It may help to talk it over with your clinic.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 — within the usual ups and downs.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1, from %2 to %3. Answers: %4.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lowest %1, highest %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your first answer, on %1, was %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The latest, on %1, was %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Answers with a meaningful improvement since the start: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Answers with a meaningful change for the worse since the start: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 from %2 to %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bands: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>From %1 to %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Questionnaires are answered every week or every few weeks, so this part always shows at least the last 3 months.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No questionnaires answered yet. You will find them under Questionnaires, and the Home page shows when one is due.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No questionnaires were answered in this period. Choose a longer period to see earlier ones.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>pacewise::ui::MedicationDoseModel</name>
    <message numerus="yes">
        <source>%1 (%n dose(s))</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
</context>
<context>
    <name>pacewise::ui::MedicationEditor</name>
    <message>
        <source>taken as needed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>taken regularly</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>archived</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>pacewise::ui::PacingPlanModel</name>
    <message>
        <source>Pacewise is locked. Unlock it to see your pacing plan.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This pacing plan could not be found. It may have been deleted.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2 minutes, pain afterwards %3 out of 10</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2 minutes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write each try as a number of minutes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>On average you managed %1 minutes. Your plan starts at %2 minutes: a little less, so that you stop before it is too much.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write the activity you want to pace, for example &quot;Walk&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write each try as a number of minutes, for example 10.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write how many minutes you managed in your first try.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Each try is a number of minutes from 0 to 600.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The weekly increase is a percentage from 0 to 50.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose the day your plan starts.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your tries add up to 0 minutes. Try the activity for a short time first, then write how long you managed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your pacing plan is saved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your pacing plan is saved. Your homework is ticked off.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Set up a pacing plan first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose today or a day before it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Minutes done is a number from 0 to 600.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pain afterwards is a number from 0 to 10.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved. Well done for stopping in time.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved. You did more than planned: next time, try to stop at %1 minutes, even on a good day.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your plan starts on %1. Then: %2 for %3 minutes, then rest.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 for %2 minutes, then rest.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Week %1 of your plan. You started at %2 minutes (80 % of your average of %3) and add %4 % each week.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Planned minutes of %1 per week, and the minutes you logged.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Week %1: planned %2 minutes a time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1, nothing logged.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1. Days logged: %2, %3 minutes in all.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>pacewise::ui::ProfileSession</name>
    <message>
        <source>Too weak</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fair</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Good</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Strong</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The two passphrases are not the same. Type the same passphrase in both fields.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type your passphrase, then choose Unlock.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type your current passphrase first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The two new passphrases are not the same. Type the same new passphrase in both fields.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The new passphrase is the same as the current one. Choose a different one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Something went wrong inside Pacewise. Please try again; if it happens again, show the details to your clinic.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Please wait %n second(s), then try again.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Your profile is backed up in %1. Keep this file somewhere safe, away from this computer. To restore it you will need the passphrase you use now.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose the backup file first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type the passphrase your profile had when the backup was made.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>pacewise::ui::ProgrammeModel</name>
    <message>
        <source>Read again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Continue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Module %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 modules, one after the other. Each opens when you are ready for it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>You have finished every module. You can read any of them again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>You have finished %1 of %2 modules.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>You stopped in the lesson “%1”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>It starts with the lesson “%1”.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>pacewise::ui::QuestionnaireSession</name>
    <message>
        <source>Pacewise is locked. Unlock it to go on with this questionnaire.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This questionnaire could not be found. Your clinic may have removed it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 of %2 answered</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Question %1 of %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The questionnaire is not open.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose an answer to go on: this question needs one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Question %1 needs an answer before you can finish.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Yes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pacewise could not note this answer for your care team. Please tell them yourself.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This is your first result. The next ones will be compared with it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your score</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>pacewise::ui::RelaxationPractice</name>
    <message>
        <source>Slow breathing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Muscle relaxation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A calm place</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tense gently. Stop if it hurts.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tense… %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Let go… %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The relaxation practices could not be read. Please restart Pacewise.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a way to relax first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The muscle relaxation steps are missing. Please choose another practice.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Say how tense you feel now first (0 to 10).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pacewise is locked. Unlock it to save this practice.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The relaxation exercise could not be found. Please restart Pacewise.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This way of relaxing cannot be saved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tension before: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tension %1 → %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>You practised for less than a minute.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Minutes practised: %1.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>pacewise::ui::SyncController</name>
    <message>
        <source>%1 of %2 sent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Checking with your clinic…</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n entry(s) were not accepted by the clinic&apos;s server. They stay on this computer; your clinic can help.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Never sent yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last sent to your clinic: today at %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last sent to your clinic: yesterday at %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last sent to your clinic: %1 at %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pacewise is not connected to a clinic. Nothing leaves this computer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sending to your clinic…</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n entry(s) waiting to be sent.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Everything is sent.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pacewise is not connected to a clinic yet. Set it up under Settings, Clinic connection.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Something went wrong inside Pacewise while sending. Your diary is safe; Pacewise will try again later.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
