<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en">
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
        <translation>
            <numerusform>You can try again in %n second.</numerusform>
            <numerusform>You can try again in %n seconds.</numerusform>
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
        <source>this month</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>last month</source>
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
        <translation>
            <numerusform>You were active for about %n minute a day.</numerusform>
            <numerusform>You were active for about %n minutes a day.</numerusform>
        </translation>
    </message>
    <message>
        <source>You wrote in your diary on %1 of %2 days.</source>
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
        <source>&quot;%1&quot; is not a usable trigger tag (at most 80 characters).</source>
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
        <translation>
            <numerusform>Pacewise locks itself after %n minute without use.</numerusform>
            <numerusform>Pacewise locks itself after %n minutes without use.</numerusform>
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
</context>
<context>
    <name>MedicationList</name>
    <message>
        <source>Give the medication a name (at most 120 characters).</source>
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
        <translation>
            <numerusform>Use at least %n character. A short sentence is long and easy to remember.</numerusform>
            <numerusform>Use at least %n characters. A short sentence is long and easy to remember.</numerusform>
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
        <source>Fair. Adding another word would make it much stronger.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Good. Write it down somewhere safe: it cannot be recovered if forgotten.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Strong. Write it down somewhere safe: it cannot be recovered if forgotten.</source>
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
</context>
<context>
    <name>StrengthMeter</name>
    <message>
        <source>Passphrase strength: %1. %2</source>
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
        <translation>
            <numerusform>You can try again in %n second.</numerusform>
            <numerusform>You can try again in %n seconds.</numerusform>
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
</context>
<context>
    <name>pacewise</name>
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
    <name>pacewise::crypto</name>
    <message>
        <source>The encryption library failed. Nothing was changed; please try again, and report it if it happens again.</source>
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
        <translation>
            <numerusform>Please wait %n second, then try again.</numerusform>
            <numerusform>Please wait %n seconds, then try again.</numerusform>
        </translation>
    </message>
</context>
</TS>
