using System;
using System.Collections.Generic;
using System.Linq;
using System.Threading.Tasks;
using ConsentGuard;

public class Member
{
    [DataSubject] public string Id { get; set; } = "";
    [PersonalData(PersonalDataCategory.Contact)] public string Email { get; set; } = "";
    [PersonalData(PersonalDataCategory.Professional)]
    [ConsentPurpose(Purposes.GenerativeTraining)]
    [ConsentPurpose(Purposes.Personalization)]
    public string Headline { get; set; } = "";
    public int Connections { get; set; }
}

public interface ICorpus
{
    [ConsentSink(Purposes.GenerativeTraining)] void Add(string text);
}

[PersonalData(PersonalDataCategory.UserContent), ConsentPurpose(Purposes.GenerativeTraining)]
public sealed class DirectMessage
{
    public string SenderId { get; set; } = "";
    public string Text { get; set; } = "";
    public DateTime SentAt { get; set; }
}

public class Exporter(IConsentProvider consent, ICorpus corpus)
{
    public void Text(DirectMessage dm) => corpus.Add({|CG0001:dm.Text|});

    public void NonAnnotatedMember(DirectMessage dm) => corpus.Add({|CG0001:dm.SentAt.ToString("O")|});

    public void Length(DirectMessage dm) => corpus.Add(dm.Text.Length.ToString());

    public void Count(List<DirectMessage> dms) => corpus.Add(dms.Count.ToString());

    public void Checked(DirectMessage dm)
    {
        if (consent.IsGranted(dm.SenderId, Purposes.GenerativeTraining))
            corpus.Add(dm.Text + " @ " + dm.SentAt);
    }
}

[PersonalData(PersonalDataCategory.Demographic), ConsentPurpose(Purposes.GenerativeTraining)]
public class Person
{
    public string Id { get; set; } = "";
    public string Name { get; set; } = "";
}

public class Employee : Person
{
    public string Team { get; set; } = "";
}

[PersonalData(PersonalDataCategory.Health), ConsentPurpose(Purposes.GenerativeTraining)]
public interface IHealthRecord
{
    string PatientId { get; }
}

public sealed class Visit : IHealthRecord
{
    public string PatientId { get; set; } = "";
    public string Diagnosis { get; set; } = "";
}

public class Address
{
    public string City { get; set; } = "";
}

public class Account
{
    [DataSubject] public string Id { get; set; } = "";
    [PersonalData(PersonalDataCategory.Location), ConsentPurpose(Purposes.GenerativeTraining)] public Address Home { get; set; } = new();
    public Address Office { get; set; } = new();
    public Member Owner { get; set; } = new();
}

public class InheritanceExporter(ICorpus corpus)
{
    public void InheritedName(Employee e) => corpus.Add({|CG0001:e.Name|});

    public void DerivedMember(Employee e) => corpus.Add({|CG0001:e.Team|});

    public void InterfaceImplementation(Visit v) => corpus.Add({|CG0001:v.Diagnosis|});

    public void MemberOfPersonalMember(Account a) => corpus.Add({|CG0001:a.Home.City|});

    public void MemberOfNonPersonalMember(Account a) => corpus.Add(a.Office.City);

    public void PersonalMemberOfNested(Account a) => corpus.Add({|CG0001:a.Owner.Headline|});

    public void NonPersonalMemberOfNested(Account a) => corpus.Add(a.Owner.Connections.ToString());
}
