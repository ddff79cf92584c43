//! The raw-parse floor of the ticket benchmark (docs/benchmarks.md): one
//! pass of the `csv` crate over a file, record by record into one reused
//! `ByteRecord`, touching every field and computing nothing. No tool that
//! reads every cell of the file as CSV can be faster on one core.
//!
//!     cargo build --release --example csv_floor
//!     target/release/examples/csv_floor FILE.csv

fn main() {
    let Some(path) = std::env::args().nth(1) else {
        eprintln!("usage: csv_floor FILE.csv");
        std::process::exit(2);
    };
    let mut reader = match csv::ReaderBuilder::new().flexible(true).from_path(&path) {
        Ok(reader) => reader,
        Err(error) => {
            eprintln!("csv_floor: {path}: {error}");
            std::process::exit(1);
        }
    };
    let mut record = csv::ByteRecord::new();
    let (mut records, mut bytes) = (0u64, 0u64);
    loop {
        match reader.read_byte_record(&mut record) {
            Ok(true) => {
                records += 1;
                bytes += record.iter().map(|field| field.len() as u64).sum::<u64>();
            }
            Ok(false) => break,
            Err(error) => {
                eprintln!("csv_floor: {path}: {error}");
                std::process::exit(1);
            }
        }
    }
    println!("{records} records, {bytes} bytes of fields");
}
